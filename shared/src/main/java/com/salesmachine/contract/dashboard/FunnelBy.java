package com.salesmachine.contract.dashboard;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How funnelReport groups prospects. */
public enum FunnelBy {
  @JsonProperty("campaign") CAMPAIGN,
  @JsonProperty("channel") CHANNEL
}
