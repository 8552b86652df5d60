package com.salesmachine.session;

import java.util.List;

import com.salesmachine.session.upstash.LuaScript;
import com.salesmachine.session.upstash.UpstashClient;
import reactor.core.publisher.Mono;

/** Fixed-window counters in Upstash, shared by every instance: one request per hit or read. */
public final class RateCounter {

    private static final LuaScript COUNTER = Scripts.load("counter.lua");

    private final UpstashClient upstash;

    public RateCounter(UpstashClient upstash) {
        this.upstash = upstash;
    }

    public record Count(long count, long secondsLeft) {
    }

    /** Adds one to the counter (starting its window if new) and answers the count. */
    public Mono<Count> hit(String key, long windowSeconds) {
        return run(key, windowSeconds, 1);
    }

    /** Reads the counter without counting. */
    public Mono<Count> read(String key, long windowSeconds) {
        return run(key, windowSeconds, 0);
    }

    private Mono<Count> run(String key, long windowSeconds, int increment) {
        return upstash.eval(COUNTER, List.of(key), List.of(windowSeconds, increment))
                .map(r -> {
                    List<?> reply = (List<?>) r;
                    return new Count(((Number) reply.get(0)).longValue(), ((Number) reply.get(1)).longValue());
                });
    }
}
