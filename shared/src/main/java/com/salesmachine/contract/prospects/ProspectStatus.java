package com.salesmachine.contract.prospects;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a prospect is in the pipeline. */
public enum ProspectStatus {
  @JsonProperty("new") NEW,
  @JsonProperty("contacted") CONTACTED,
  @JsonProperty("engaged") ENGAGED,
  @JsonProperty("qualified") QUALIFIED,
  @JsonProperty("meeting_booked") MEETING_BOOKED,
  @JsonProperty("meeting_completed") MEETING_COMPLETED,
  @JsonProperty("customer") CUSTOMER,
  @JsonProperty("lost") LOST,
  @JsonProperty("nurture") NURTURE,
  @JsonProperty("unsubscribed") UNSUBSCRIBED
}
