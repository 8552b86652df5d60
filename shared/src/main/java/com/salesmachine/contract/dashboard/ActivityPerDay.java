package com.salesmachine.contract.dashboard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Output of {@code activityPerDay}: every day of the range oldest first, zeros included, counted on the server. */
public record ActivityPerDay(@NotBlank String timezone, @NotNull List<DayCount> days) {
}
