package com.salesmachine.platform;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes an {@link ApiException} as the contract's error response on the HTTP transport. */
public final class HttpErrorWriter {

    private final JsonCodec json;

    public HttpErrorWriter(JsonCodec json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, ApiException error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        String requestId = exchange.getAttribute(HttpTransportFilter.REQUEST_ID_ATTRIBUTE);
        if (requestId == null) {
            requestId = RequestIds.acceptOrCreate(null);
            response.getHeaders().set(RequestIds.HEADER, requestId);
        }
        byte[] body = json.write(ApiErrors.body(error, requestId));
        response.setStatusCode(HttpStatus.valueOf(error.code().status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        response.getHeaders().setContentLength(body.length);
        if (error.retryAfterSeconds() != null) {
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(error.retryAfterSeconds()));
        }
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
