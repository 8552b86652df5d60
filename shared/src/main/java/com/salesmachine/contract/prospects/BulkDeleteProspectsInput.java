package com.salesmachine.contract.prospects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Input of {@code bulkDeleteProspects}: GDPR erasure of each selected prospect (as deleteProspect does). */
public record BulkDeleteProspectsInput(@NotNull @Valid ProspectSelection selection) {
}
