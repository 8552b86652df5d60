package com.salesmachine.platform;

import org.springframework.core.Ordered;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Anything that escapes the function pipeline on the HTTP side (framework errors, bugs) still gets
 * the contract's error body, never Spring's default page or a stack trace.
 */
public final class HttpErrorHandler implements WebExceptionHandler, Ordered {

    private final HttpErrorWriter writer;

    public HttpErrorHandler(HttpErrorWriter writer) {
        this.writer = writer;
    }

    @Override
    public int getOrder() {
        return -2;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        return writer.write(exchange, translate(failure));
    }

    private static ApiException translate(Throwable failure) {
        if (failure instanceof MethodNotAllowedException) {
            return new ApiException(ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed");
        }
        if (failure instanceof UnsupportedMediaTypeStatusException) {
            return new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json");
        }
        if (failure instanceof ServerWebInputException) {
            return new ApiException(ErrorCode.INVALID_REQUEST, "The request could not be read");
        }
        if (failure instanceof ResponseStatusException rse && rse.getStatusCode().value() == 404) {
            return new ApiException(ErrorCode.NOT_FOUND, "No such function");
        }
        return ApiErrors.classify(failure);
    }
}
