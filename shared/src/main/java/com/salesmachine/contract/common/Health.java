package com.salesmachine.contract.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Output of {@code GET /health}: 200 when UP, 503 when DOWN. */
public record Health(
    @NotNull HealthStatus status,
    @NotNull HealthComponents components,
    @NotBlank String version,
    @NotBlank String instance) {
}
