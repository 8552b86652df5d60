package com.salesmachine.platform;

import reactor.core.publisher.Mono;

/**
 * One API operation. Feature packages declare each as a bean whose name is the function's name in
 * the catalogue; the platform registers it with Spring Cloud Function behind the pipeline (access
 * check, strict JSON, validation, errors), so the same bean serves HTTP and a FaaS adapter alike.
 *
 * @param <I> the input record from the contract module
 * @param <O> the output record, or a {@link Reply} when the function also sets or clears the session cookie
 */
@FunctionalInterface
public interface ApiFunction<I, O> {

    Mono<O> apply(I input, Caller caller);
}
