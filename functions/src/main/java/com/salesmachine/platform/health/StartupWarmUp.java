package com.salesmachine.platform.health;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import reactor.core.publisher.Mono;

/**
 * Probes each backing service once, in the background, as soon as its probe bean exists (while the rest of the
 * context still starts): the first PostgreSQL connections of the pool and the first Upstash connection (TLS in
 * production) are then open before the first request, which otherwise paid for them (docs/architecture.md "Cold
 * start"). The answer is ignored and a failure only logged: a service that is down at start is no reason not to
 * start, and {@code GET /health} reports it. Off with {@code sm.startup.warm-up=false}.
 */
final class StartupWarmUp implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(StartupWarmUp.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HealthProbe probe) {
            Mono.defer(probe::probe).timeout(TIMEOUT).subscribe(
                    up -> log.debug("start-up warm-up of {}: {}", probe.component(), up ? "up" : "down"),
                    failure -> log.info("start-up warm-up of {} failed: {}", probe.component(), failure.toString()));
        }
        return bean;
    }
}
