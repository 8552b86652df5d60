package com.salesmachine.platform.http;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.pipeline.ApiErrors;

import org.springframework.core.Ordered;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Anything that escapes the function pipeline on the HTTP side (framework errors, bugs) still gets
 * the contract's error answer, never Spring's default page or a stack trace.
 */
final class HttpErrorHandler implements WebExceptionHandler, Ordered {

    private final HttpAnswers answers;

    HttpErrorHandler(HttpAnswers answers) {
        this.answers = answers;
    }

    @Override
    public int getOrder() {
        return -2;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        return answers.writeError(exchange, translate(failure));
    }

    private static ApiException translate(Throwable failure) {
        if (failure instanceof ServerWebInputException) {
            return new ApiException(ErrorCode.INVALID_REQUEST, "The request could not be read");
        }
        if (failure instanceof ResponseStatusException rse && rse.getStatusCode().value() == 404) {
            return new ApiException(ErrorCode.NOT_FOUND, "No such function");
        }
        return ApiErrors.classify(failure);
    }
}
