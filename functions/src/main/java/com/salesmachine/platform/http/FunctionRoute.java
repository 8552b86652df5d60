package com.salesmachine.platform.http;

import com.salesmachine.platform.pipeline.Call;
import com.salesmachine.platform.transport.ApiTransport;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The route of every function and supplier: a WebFlux functional route that hands the call the transport filter
 * let through to {@link ApiTransport#invoke} (Spring Cloud Function's catalogue finds the registered function)
 * and writes the payload; the filter writes the status and headers as the answer commits. It replaces
 * spring-cloud-function-web's annotated controller, whose dispatch (a catalogue lookup per request, argument
 * resolution, content negotiation, input conversion) cost ~10% of a listProspects call (bench/LOAD.md).
 */
final class FunctionRoute implements RequestPredicate, HandlerFunction<ServerResponse> {

    private final ApiTransport transport;

    FunctionRoute(ApiTransport transport) {
        this.transport = transport;
    }

    /** The request the filter opened a Call for, at the path that names it (a route of its own keeps its own path). */
    @Override
    public boolean test(ServerRequest request) {
        Call call = request.exchange().getAttribute(HttpAnswers.CALL_ATTRIBUTE);
        String path = request.path();
        return call != null && path.length() == call.function().length() + 1 && path.endsWith(call.function());
    }

    @Override
    public Mono<ServerResponse> handle(ServerRequest request) {
        return Mono.deferContextual(context -> transport.invoke(context.get(Call.class)))
                .flatMap(payload -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(payload));
    }
}
