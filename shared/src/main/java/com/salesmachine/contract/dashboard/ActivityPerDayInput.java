package com.salesmachine.contract.dashboard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Input of {@code activityPerDay}: the last {@code days} days (default 14) up to today, in the user's time zone. */
public record ActivityPerDayInput(@Min(1) @Max(366) Integer days) {
}
