package com.salesmachine.contract.prospects;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** A prospect as shown in lists. */
public record ProspectSummary(
    @NotNull UUID id,
    UUID campaignId,
    @NotBlank String fullName,
    String jobTitle,
    @NotBlank String companyName,
    @NotNull ProspectStatus status,
    @JsonProperty("isVip") boolean isVip,
    String linkedinUrl,
    String email,
    Instant lastActivityAt,
    @NotNull Instant createdAt) {
}
