package com.salesmachine.session;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

import com.salesmachine.platform.ApiException;
import reactor.core.publisher.Mono;

/**
 * Per-address limit on failed authentication (an unknown or expired session, a malformed token, a bad signature):
 * past {@code perMinute} failures from one client address in a minute, the failing call is 429 with Retry-After
 * instead of 401. Counted in Upstash so the limit holds across instances: by the guard script itself when the call
 * already makes its one command, otherwise by one counter command for the failing call only. An address known to
 * be over the limit is refused from memory until its window ends, so a flood of junk does not become Upstash load.
 */
public final class FailedAuthentications {

    /** Bounds the memory of blocked addresses; beyond it the map is cleared (the next failure re-learns it). */
    private static final int MAX_REMEMBERED = 10_000;

    /** Adds one to a fixed-window counter ({@link RateCounter#hit} in production). */
    @FunctionalInterface
    public interface Hits {
        Mono<RateCounter.Count> hit(String key, long windowSeconds);
    }

    private final Hits counter;
    private final SessionSettings settings;
    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, Long> blockedUntilMillis = new ConcurrentHashMap<>();

    public FailedAuthentications(Hits counter, SessionSettings settings, int perMinute, Clock clock) {
        this.counter = counter;
        this.settings = settings;
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** 429 from memory when this address is known to be over the limit; otherwise completes empty. */
    public Mono<Void> refuseIfBlocked(String clientIp) {
        Long until = blockedUntilMillis.get(key(clientIp));
        if (until == null) {
            return Mono.empty();
        }
        long left = until - clock.millis();
        if (left <= 0) {
            blockedUntilMillis.remove(key(clientIp), until);
            return Mono.empty();
        }
        return Mono.error(ApiException.rateLimited((left + 999) / 1000));
    }

    /** The answer to a failure already counted (by the guard script): {@code failure}, or 429 past the limit. */
    public ApiException answer(String clientIp, long failures, long secondsLeft, ApiException failure) {
        if (failures <= perMinute) {
            return failure;
        }
        remember(clientIp, secondsLeft);
        return ApiException.rateLimited(secondsLeft);
    }

    /** Counts a failure found without Upstash (one command) and fails with {@code failure}, or 429 past the limit. */
    public <T> Mono<T> count(String clientIp, ApiException failure) {
        return refuseIfBlocked(clientIp)
                .then(counter.hit(key(clientIp), 60))
                .flatMap(count -> Mono.error(answer(clientIp, count.count(), count.secondsLeft(), failure)));
    }

    private void remember(String clientIp, long secondsLeft) {
        if (blockedUntilMillis.size() >= MAX_REMEMBERED) {
            blockedUntilMillis.clear();
        }
        blockedUntilMillis.put(key(clientIp), clock.millis() + Math.max(1, secondsLeft) * 1000);
    }

    private String key(String clientIp) {
        return settings.failedAuthenticationKey(clientIp);
    }
}
