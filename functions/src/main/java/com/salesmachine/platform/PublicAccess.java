package com.salesmachine.platform;

import com.salesmachine.contract.Access;

import reactor.core.publisher.Mono;

/** Public functions need no credentials. */
final class PublicAccess implements AccessCheck {

    @Override
    public Access access() {
        return Access.PUBLIC;
    }

    @Override
    public Mono<Caller> check(FunctionDeclaration function, Caller caller, byte[] rawBody) {
        return Mono.just(caller);
    }
}
