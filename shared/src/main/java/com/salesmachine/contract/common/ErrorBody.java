package com.salesmachine.contract.common;

import jakarta.validation.constraints.NotNull;

/** The one body shape of every error answer: {@code {"error": {code, message, details, requestId}}}. */
public record ErrorBody(@NotNull ErrorDetail error) {
}
