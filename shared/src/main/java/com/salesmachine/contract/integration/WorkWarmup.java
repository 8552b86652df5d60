package com.salesmachine.contract.integration;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * A prospect with a LinkedIn URL whose warm-up is not completed. {@code day}: today's warm-up day (1 = the day it
 * started, or today when none started yet), {@code likesToday}/{@code commentsToday}: what is already recorded for
 * that day (so an engine that reads the day's totals from its provider sends only the difference),
 * {@code actionLimit}: the user's daily action limit (at most 40), {@code connectionStatus}: none, pending,
 * accepted or rejected.
 */
public record WorkWarmup(
    @NotNull UUID prospectId,
    @NotNull UUID userId,
    @NotNull String linkedinUrl,
    int day,
    int plannedDays,
    int likesToday,
    int commentsToday,
    int actionLimit,
    @NotNull String connectionStatus) {
}
