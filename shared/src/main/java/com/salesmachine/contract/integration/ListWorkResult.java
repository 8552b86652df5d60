package com.salesmachine.contract.integration;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Output of {@code listWork} (read-only): active campaigns with the detection budget left today, new prospects
 * without an enrichment, and unfinished LinkedIn warm-ups with today's progress.
 */
public record ListWorkResult(
    @NotNull List<WorkCampaign> campaigns,
    @NotNull List<WorkProspect> toEnrich,
    @NotNull List<WorkWarmup> toWarmUp) {
}
