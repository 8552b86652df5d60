package com.salesmachine.platform;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.contract.common.FieldIssue;

import java.util.List;

/**
 * The one exception business code throws to answer with an error. The platform turns it into the
 * contract's error body and status; nothing else in the code base builds error responses.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final List<FieldIssue> details;
    private final Long retryAfterSeconds;

    public ApiException(ErrorCode code, String message) {
        this(code, message, List.of(), null);
    }

    public ApiException(ErrorCode code, String message, List<FieldIssue> details) {
        this(code, message, details, null);
    }

    private ApiException(ErrorCode code, String message, List<FieldIssue> details, Long retryAfterSeconds) {
        super(message, null, false, false);
        this.code = code;
        this.details = List.copyOf(details);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ApiException notFound(String what) {
        return new ApiException(ErrorCode.NOT_FOUND, what + " not found");
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorCode.CONFLICT, message);
    }

    public static ApiException validation(String field, String issue) {
        return new ApiException(ErrorCode.VALIDATION_ERROR, "The request has invalid fields",
                List.of(new FieldIssue(field, issue)));
    }

    public static ApiException validation(List<FieldIssue> details) {
        return new ApiException(ErrorCode.VALIDATION_ERROR, "The request has invalid fields", details);
    }

    public static ApiException unauthorized() {
        return new ApiException(ErrorCode.UNAUTHORIZED, "Authentication required");
    }

    public static ApiException rateLimited(long retryAfterSeconds) {
        return new ApiException(ErrorCode.RATE_LIMIT_EXCEEDED, "Too many requests; retry in "
                + retryAfterSeconds + " s", List.of(), Math.max(1, retryAfterSeconds));
    }

    public static ApiException unavailable(String what) {
        return new ApiException(ErrorCode.SERVICE_UNAVAILABLE, what + " is unavailable; try again shortly");
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldIssue> details() {
        return details;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
