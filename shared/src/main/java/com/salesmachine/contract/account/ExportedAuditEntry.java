package com.salesmachine.contract.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An audit entry about the user in {@link DataExport}: who (user, integration, system) did what to which id. */
public record ExportedAuditEntry(
    @NotNull UUID id,
    @NotBlank String actor,
    @NotBlank String action,
    @NotBlank String entityType,
    UUID entityId,
    @NotNull Instant at,
    @NotNull Map<String, Object> details) {
}
