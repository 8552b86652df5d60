package com.salesmachine.contract.prospects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Input of {@code bulkAssignProspects}: the campaign (one of the caller's) the selected prospects join. */
public record BulkAssignProspectsInput(@NotNull @Valid ProspectSelection selection, @NotNull UUID campaignId) {
}
