package com.salesmachine.contract.campaigns;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Input of {@code getCampaign}. */
public record GetCampaignInput(@NotNull UUID id) {
}
