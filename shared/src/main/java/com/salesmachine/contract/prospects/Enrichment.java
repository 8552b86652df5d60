package com.salesmachine.contract.prospects;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the enrichment provider found about a prospect; scores are 0-100. */
public record Enrichment(
    @NotNull List<String> talkingPoints,
    @NotNull List<String> painPoints,
    String recentActivity,
    @NotNull List<String> techStack,
    @NotNull Map<String, Object> companyData,
    Integer confidenceScore,
    Integer personalizationScore,
    String model,
    @NotNull Instant enrichedAt) {
}
