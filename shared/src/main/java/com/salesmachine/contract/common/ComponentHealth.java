package com.salesmachine.contract.common;

import jakarta.validation.constraints.NotNull;

/** Health of one dependency (Postgres, Upstash). */
public record ComponentHealth(@NotNull HealthStatus status) {
}
