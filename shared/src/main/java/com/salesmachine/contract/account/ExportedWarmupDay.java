package com.salesmachine.contract.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** One day of a prospect's warm-up in {@link DataExport}; {@code day} is an ISO date (yyyy-MM-dd). */
public record ExportedWarmupDay(
    @NotNull UUID prospectId,
    @NotBlank String day,
    int likes,
    int comments) {
}
