package com.salesmachine.contract.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Input of {@code funnelReport}: prospects created in [from, to) (either end open when left out), grouped by campaign
 * or by channel (reachable on it: a LinkedIn URL, an e-mail; a prospect with both is in both groups).
 */
public record FunnelReportInput(@NotNull FunnelBy by, Instant from, Instant to) {

  /** Reports on {@code to}: the range must not end before it starts. */
  @JsonIgnore
  @AssertTrue(message = "must not be before from")
  public boolean isToValid() {
    return from == null || to == null || !to.isBefore(from);
  }
}
