package com.salesmachine.platform;

import com.salesmachine.contract.common.FieldIssue;

import java.util.List;

/** The contract's one error shape: {@code {"error": {code, message, details, requestId}}}. */
public record ErrorBody(Error error) {

    public record Error(String code, String message, List<FieldIssue> details, String requestId) {
    }
}
