package com.salesmachine.contract.campaigns;

import java.util.UUID;

/** Input of {@code campaignFigures}: one campaign, or (campaignId left out) every campaign of the caller. */
public record CampaignFiguresInput(UUID campaignId) {
}
