package com.salesmachine.contract.integration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Input of {@code recordWarmup}: the day's totals so far of actions done on warm-up day {@code day} (1-based);
 * they are set, not added, so the same report counts once. Over the user's daily action limit is 422 on the server.
 */
public record RecordWarmupInput(
    @NotNull UUID userId,
    @NotNull UUID prospectId,
    @NotNull @Min(0) @Max(40) Integer likes,
    @NotNull @Min(0) @Max(40) Integer comments,
    @NotNull @Min(1) @Max(15) Integer day,
    Boolean completed) {
}
