package com.salesmachine.contract.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The user's settings. */
public record Settings(
    @NotNull @Min(0) @Max(100) Integer aiConfidenceThreshold,
    @NotNull @Min(1) @Max(100) Integer dailyEmailLimit,
    @NotBlank String timezone,
    @NotNull SettingsMode mode,
    @NotNull WarmupSettings warmup,
    @NotNull List<String> blacklistedTerms,
    @NotNull Notifications notifications) {
}
