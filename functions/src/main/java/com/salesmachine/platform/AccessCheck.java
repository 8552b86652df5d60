package com.salesmachine.platform;

import com.salesmachine.contract.Access;

import reactor.core.publisher.Mono;

/**
 * Establishes who is calling for one access class, before the function's input is even parsed:
 * the session guard for {@link Access#USER}, the signature check for {@link Access#INTEGRATION}, the
 * per-IP limiter for {@link Access#PUBLIC}. Fails with an {@link ApiException} (401, 403, 429, 503).
 */
public interface AccessCheck {

    Access access();

    Mono<Caller> check(FunctionDeclaration function, Caller caller, byte[] rawBody);
}
