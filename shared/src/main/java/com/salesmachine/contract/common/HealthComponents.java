package com.salesmachine.contract.common;

import jakarta.validation.constraints.NotNull;

/** Health per dependency. */
public record HealthComponents(@NotNull ComponentHealth db, @NotNull ComponentHealth upstash) {
}
