package com.salesmachine.platform;

import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;

/**
 * A public {@code GET /{bean name}} answer, registered beside {@code health}. The bean name must be declared in the
 * catalogue as a supplier ({@code FunctionSpec.get}); the registrar refuses to start otherwise. The message carries
 * the body, its {@code contentType} and the {@link FunctionPipeline#STATUS_HEADER}.
 */
@FunctionalInterface
public interface PublicSupplier {

    Mono<Message<byte[]>> get();
}
