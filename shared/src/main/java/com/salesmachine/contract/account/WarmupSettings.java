package com.salesmachine.contract.account;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Warm-up length and pace (product rule 4). Used in Settings, in updateSettings (sent whole or not at all)
 * and as the data of onboarding step {@code warmup}.
 */
public record WarmupSettings(
    @NotNull @Min(7) @Max(15) Integer minDays,
    @NotNull @Min(7) @Max(15) Integer maxDays,
    @NotNull @Min(1) @Max(40) Integer dailyActionLimit) {

  /** Reports on {@code maxDays}: it may not be below {@code minDays}. */
  @JsonIgnore
  @AssertTrue(message = "must be greater than or equal to minDays")
  public boolean isMaxDaysValid() {
    return minDays == null || maxDays == null || maxDays >= minDays;
  }
}
