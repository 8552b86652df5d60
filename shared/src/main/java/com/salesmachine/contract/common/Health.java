package com.salesmachine.contract.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;

/**
 * Output of {@code GET /health}: 200 when UP, 503 when DOWN. {@code version} (the build) and {@code instance}
 * (replica id, else pid@host) only answer an internal call, one made on the instance's own host; anyone else gets
 * neither.
 */
public record Health(
    @NotNull HealthStatus status,
    @NotNull HealthComponents components,
    @JsonInclude(JsonInclude.Include.NON_NULL) String version,
    @JsonInclude(JsonInclude.Include.NON_NULL) String instance) {
}
