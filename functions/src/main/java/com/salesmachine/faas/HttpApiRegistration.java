package com.salesmachine.faas;

import java.util.function.Function;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.cloud.function.context.FunctionRegistry;
import org.springframework.core.ResolvableType;
import reactor.core.publisher.Mono;

/**
 * Registers the transport with Spring Cloud Function as {@code Function<APIGatewayV2HTTPEvent,
 * Mono<APIGatewayV2HTTPResponse>>}: the AWS types tell the adapter to hand over the whole event (with
 * AWS's own event deserialiser) and to return the response event as it is. It is not a bean of a
 * {@code java.util.function} type, so the platform's check for unguarded functions still holds.
 * <p>
 * The adapter logs every event in full at INFO (bodies with passwords, {@code Authorization} and
 * cookies), so its logger is held at WARN whatever the configuration says.
 */
final class HttpApiRegistration implements SmartInitializingSingleton {

    static final String ADAPTER_LOGGER = "org.springframework.cloud.function.adapter.aws";

    private final FunctionRegistry registry;
    private final HttpApiTransport transport;
    private final LoggingSystem logging;

    HttpApiRegistration(FunctionRegistry registry, HttpApiTransport transport, LoggingSystem logging) {
        this.registry = registry;
        this.transport = transport;
        this.logging = logging;
    }

    @Override
    public void afterSingletonsInstantiated() {
        logging.setLogLevel(ADAPTER_LOGGER, LogLevel.WARN);
        Function<APIGatewayV2HTTPEvent, Mono<APIGatewayV2HTTPResponse>> handler = transport::handle;
        registry.register(new FunctionRegistration<>(handler, HttpApiTransport.FUNCTION_NAME)
                .type(ResolvableType.forClassWithGenerics(Function.class,
                        ResolvableType.forClass(APIGatewayV2HTTPEvent.class),
                        ResolvableType.forClassWithGenerics(Mono.class, APIGatewayV2HTTPResponse.class)).getType()));
    }
}
