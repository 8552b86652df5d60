package com.salesmachine.contract.integration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Input of {@code ingestEnrichment}. */
public record IngestEnrichmentInput(
    @NotNull UUID userId,
    @NotNull UUID prospectId,
    @NotNull @Valid EnrichmentFields enrichment,
    @Valid DraftMessage draft) {
}
