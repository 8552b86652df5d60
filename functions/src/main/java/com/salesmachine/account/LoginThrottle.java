package com.salesmachine.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import com.salesmachine.platform.ApiException;
import com.salesmachine.session.RateCounter;
import reactor.core.publisher.Mono;

/**
 * At most N failed password checks per account (e-mail) per window (default 10 per 15 min), counted in Upstash;
 * past it, 429 until the window ends, whatever the password. Failed logins and wrong passwords given to
 * changePassword / deleteAccount under a session share the counter. Keys hold a hash, never the address.
 */
final class LoginThrottle {

    private final RateCounter counter;
    private final String namespace;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(RateCounter counter, String namespace, int maxFailures, Duration window) {
        this.counter = counter;
        this.namespace = namespace;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    Mono<Void> refuseIfLocked(String email) {
        return counter.read(key(email), window.toSeconds()).flatMap(count -> count.count() >= maxFailures
                ? Mono.error(ApiException.rateLimited(count.secondsLeft()))
                : Mono.empty());
    }

    /** Counts one failure; answers the count in the window so far. */
    Mono<RateCounter.Count> recordFailure(String email) {
        return counter.hit(key(email), window.toSeconds());
    }

    int maxFailures() {
        return maxFailures;
    }

    private String key(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8));
            return namespace + ":login-failures:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
