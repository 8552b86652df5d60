package com.salesmachine.platform.health;

import reactor.core.publisher.Mono;

/** One backing service that {@code GET /health} checks; completes true when it answers. */
public interface HealthProbe {

    String component();

    Mono<Boolean> probe();
}
