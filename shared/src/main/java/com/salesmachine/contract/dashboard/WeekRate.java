package com.salesmachine.contract.dashboard;

import jakarta.validation.constraints.NotBlank;

/**
 * One week: prospects written to (an outbound message that week), prospects who answered (an inbound message that
 * week) and replied / contacted (0 when nobody was written to).
 */
public record WeekRate(@NotBlank String weekStart, int contacted, int replied, double rate) {
}
