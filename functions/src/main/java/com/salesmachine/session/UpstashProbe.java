package com.salesmachine.session;

import com.salesmachine.platform.health.HealthProbe;
import com.salesmachine.session.upstash.UpstashClient;
import reactor.core.publisher.Mono;

/** Upstash is up when it answers PING. */
public final class UpstashProbe implements HealthProbe {

    private final UpstashClient upstash;

    public UpstashProbe(UpstashClient upstash) {
        this.upstash = upstash;
    }

    @Override
    public String component() {
        return "upstash";
    }

    @Override
    public Mono<Boolean> probe() {
        return upstash.ping();
    }
}
