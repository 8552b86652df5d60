package com.salesmachine.contract.prospects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Input of {@code bulkSetProspectStatus}. */
public record BulkSetProspectStatusInput(@NotNull @Valid ProspectSelection selection, @NotNull ProspectStatus status) {
}
