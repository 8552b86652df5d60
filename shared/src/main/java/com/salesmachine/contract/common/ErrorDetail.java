package com.salesmachine.contract.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The {@code error} object of every error answer. {@code details} is empty when no field is to blame. */
public record ErrorDetail(
    @NotNull ErrorCode code,
    @NotBlank String message,
    @NotNull List<FieldIssue> details,
    @NotBlank String requestId) {
}
