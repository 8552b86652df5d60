package com.salesmachine.platform;

import reactor.core.publisher.Mono;

/**
 * A {@code GET} operation of the catalogue (a supplier: no input): declared as a bean whose name is the path
 * ({@code health} for {@code GET /health}), public, answered as JSON like any function (a {@link Reply} may set
 * the status). {@code HEAD} answers like {@code GET} without the body.
 *
 * @param <O> the output record, or a {@link Reply}
 */
@FunctionalInterface
public interface ApiSupplier<O> {

    Mono<O> get(Caller caller);
}
