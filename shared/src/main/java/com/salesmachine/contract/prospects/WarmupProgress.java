package com.salesmachine.contract.prospects;

import com.salesmachine.contract.common.ConnectionStatus;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** Warm-up state of one prospect. */
public record WarmupProgress(
    @NotNull Instant startedAt,
    int plannedDays,
    int likes,
    int comments,
    ConnectionStatus connectionStatus) {
}
