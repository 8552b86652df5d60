package com.salesmachine.contract.integration;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A new prospect without an enrichment: to enrich and draft a first message for. */
public record WorkProspect(
    @NotNull UUID prospectId,
    @NotNull UUID userId,
    UUID campaignId,
    @NotNull String fullName,
    String jobTitle,
    @NotNull String companyName,
    String email,
    String linkedinUrl,
    boolean vip) {
}
