package com.salesmachine.contract.onboarding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Data of onboarding step {@code limits}. */
public record LimitsData(
    @NotNull @Min(1) @Max(100) Integer dailyEmailLimit,
    @NotNull @Min(0) @Max(100) Integer aiConfidenceThreshold) {
}
