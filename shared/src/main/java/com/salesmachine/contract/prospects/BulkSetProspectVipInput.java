package com.salesmachine.contract.prospects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Input of {@code bulkSetProspectVip}: mark (true) or unmark (false; the VIP reason goes too). */
public record BulkSetProspectVipInput(@NotNull @Valid ProspectSelection selection, @NotNull Boolean vip) {
}
