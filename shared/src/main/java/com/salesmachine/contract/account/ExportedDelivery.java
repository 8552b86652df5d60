package com.salesmachine.contract.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A workflow-engine delivery made for the user in {@link DataExport}. The stored answer body is left out:
 * it repeats rows the export already holds.
 */
public record ExportedDelivery(
    @NotBlank String deliveryId,
    @NotBlank String functionName,
    Integer responseStatus,
    @NotNull Instant receivedAt,
    Instant completedAt) {
}
