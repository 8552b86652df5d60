package com.salesmachine.contract.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Input of {@code updateSettings}: a partial {@link Settings}. A null field was not sent and stays unchanged;
 * {@code warmup} and {@code notifications} are replaced whole when sent; {@code blacklistedTerms} replaces the list.
 */
public record UpdateSettingsInput(
    @Min(0) @Max(100) Integer aiConfidenceThreshold,
    @Min(1) @Max(100) Integer dailyEmailLimit,
    @Size(min = 1, max = 64) String timezone,
    SettingsMode mode,
    @Valid WarmupSettings warmup,
    @Size(max = 200) List<@NotBlank @Size(max = 200) String> blacklistedTerms,
    @Valid Notifications notifications) {
}
