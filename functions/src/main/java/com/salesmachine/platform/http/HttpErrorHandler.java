package com.salesmachine.platform.http;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.pipeline.ApiErrors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;

/**
 * Anything that escapes the function pipeline on the HTTP side (framework errors, bugs) still gets
 * the contract's error answer, never Spring's default page or a stack trace. A caller that has gone away (a tab
 * closed or a fetch aborted while its answer was on the way) is not a failure of ours: there is no one to answer,
 * so nothing is written and nothing is reported as a bug, one debug line only.
 */
final class HttpErrorHandler implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(HttpErrorHandler.class);

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
        if (DisconnectedClientHelper.isClientDisconnectedException(failure)) {
            log.debug("The caller went away before its answer: {}", failure.toString());
            return Mono.empty();
        }
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
