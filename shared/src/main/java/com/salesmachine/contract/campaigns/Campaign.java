package com.salesmachine.contract.campaigns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** A campaign with its counters. */
public record Campaign(
    @NotNull UUID id,
    @NotBlank String name,
    String description,
    @NotNull CampaignStatus status,
    @NotNull IcpCriteria icpCriteria,
    @NotNull Channels channels,
    int dailySendLimit,
    @NotNull Instant createdAt,
    @NotNull Instant updatedAt,
    @NotNull CampaignStats stats) {
}
