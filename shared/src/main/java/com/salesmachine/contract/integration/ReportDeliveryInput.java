package com.salesmachine.contract.integration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Input of {@code reportDelivery}. */
public record ReportDeliveryInput(
    @NotNull UUID messageId,
    @NotNull DeliveryStatus status,
    @Size(max = 200) String externalId,
    @Size(max = 2000) String error) {
}
