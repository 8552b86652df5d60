package com.salesmachine.contract.campaigns;

/** Input of {@code listCampaigns}; null status lists every campaign. */
public record ListCampaignsInput(CampaignStatus status) {
}
