package com.salesmachine.contract.campaigns;

/** Counters of a campaign. */
public record CampaignStats(int totalProspects, int contacted, int replied, int qualified, int meetingsBooked) {
}
