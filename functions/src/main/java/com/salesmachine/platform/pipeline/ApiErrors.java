package com.salesmachine.platform.pipeline;

import com.salesmachine.contract.common.ErrorBody;
import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.contract.common.ErrorDetail;
import com.salesmachine.contract.common.FieldIssue;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.BackingServiceUnavailable;

import java.net.ConnectException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;

/**
 * The one place that turns any failure into the contract's status and error body. Expected failures
 * (an {@link ApiException}) are answered as they are; infrastructure outages become 503; anything
 * else is a bug: logged in full with the request id, answered with a generic 500.
 */
public final class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    /** PostgreSQL gave up waiting: statement timeout (57014), lock wait timeout (55P03). Retry later. */
    private static final Set<String> WAITED_TOO_LONG = Set.of("57014", "55P03");

    private ApiErrors() {
    }

    public static ApiException classify(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof ApiException api) {
            return api;
        }
        if (isOutage(t)) {
            log.warn("Dependency unavailable: {}", t.toString());
            return ApiException.unavailable(t instanceof BackingServiceUnavailable named ? named.service()
                    : "A backing service");
        }
        if (t instanceof org.springframework.dao.DataIntegrityViolationException) {
            log.warn("Integrity violation surfaced as a conflict: {}", t.getMessage());
            return ApiException.conflict("The change conflicts with existing data");
        }
        log.error("Unexpected failure", t);
        return new ApiException(ErrorCode.INTERNAL_SERVER_ERROR, "An unexpected error occurred");
    }

    public static ErrorBody body(ApiException e, String requestId) {
        String message = e.getMessage();
        if (e.code() == ErrorCode.INTERNAL_SERVER_ERROR) {
            message = "An unexpected error occurred; quote request id " + requestId + " when reporting it";
        }
        List<FieldIssue> details = e.details() == null ? List.of() : e.details();
        return new ErrorBody(new ErrorDetail(e.code(), message, details, requestId));
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException
                || current.getClass().getName().equals("reactor.core.Exceptions$ReactiveException"))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isOutage(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConnectException || c instanceof TimeoutException
                    || c instanceof R2dbcNonTransientResourceException
                    || c instanceof R2dbcTransientResourceException
                    || c instanceof org.springframework.dao.DataAccessResourceFailureException
                    || c instanceof BackingServiceUnavailable
                    || c instanceof R2dbcTimeoutException
                    || c instanceof R2dbcException r2dbc && WAITED_TOO_LONG.contains(r2dbc.getSqlState())
                    || c.getClass().getName().startsWith("io.r2dbc.postgresql.client.ReactorNettyClient$PostgresConnectionClosedException")) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }
}
