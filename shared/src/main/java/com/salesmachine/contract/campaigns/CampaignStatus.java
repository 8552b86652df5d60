package com.salesmachine.contract.campaigns;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Lifecycle of a campaign. */
public enum CampaignStatus {
  @JsonProperty("draft") DRAFT,
  @JsonProperty("active") ACTIVE,
  @JsonProperty("paused") PAUSED,
  @JsonProperty("completed") COMPLETED,
  @JsonProperty("archived") ARCHIVED
}
