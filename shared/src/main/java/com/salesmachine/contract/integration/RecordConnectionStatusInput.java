package com.salesmachine.contract.integration;

import com.salesmachine.contract.common.ConnectionStatus;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Input of {@code recordConnectionStatus}. */
public record RecordConnectionStatusInput(
    @NotNull UUID userId,
    @NotNull UUID prospectId,
    @NotNull ConnectionStatus status) {
}
