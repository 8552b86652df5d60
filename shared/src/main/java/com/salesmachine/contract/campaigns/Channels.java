package com.salesmachine.contract.campaigns;

import jakarta.validation.constraints.NotNull;

/** Which channels a campaign uses: at least one (a campaign with none could never reach anyone). */
public record Channels(@NotNull Boolean linkedin, @NotNull Boolean email) {

  /** Whether the campaign would reach anyone: absent values are reported by their own {@code @NotNull}. */
  public boolean anyChannel() {
    return !Boolean.FALSE.equals(linkedin) || !Boolean.FALSE.equals(email);
  }
}
