package com.salesmachine.contract.campaigns;

import jakarta.validation.constraints.NotNull;

/** Which channels a campaign uses. */
public record Channels(@NotNull Boolean linkedin, @NotNull Boolean email) {
}
