package com.salesmachine.contract.integration;

import jakarta.validation.constraints.NotNull;

/** Output of {@code ingestEnrichment}: where the draft went (none when no draft was sent). */
public record IngestEnrichmentResult(@NotNull DraftRoute draft) {
}
