package com.salesmachine.contract.integration;

import com.salesmachine.contract.campaigns.IcpCriteria;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * An active campaign to detect prospects for. {@code detectionRemaining}: how many more prospects its user may
 * have detected today (product rule 8, 20 a day, in the user's timezone), shared out between the user's active
 * campaigns.
 */
public record WorkCampaign(
    @NotNull UUID campaignId,
    @NotNull UUID userId,
    @NotNull String name,
    @NotNull IcpCriteria icpCriteria,
    int detectionRemaining) {
}
