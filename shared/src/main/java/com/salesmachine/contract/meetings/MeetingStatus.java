package com.salesmachine.contract.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;

/** State of a meeting. */
public enum MeetingStatus {
  @JsonProperty("scheduled") SCHEDULED,
  @JsonProperty("confirmed") CONFIRMED,
  @JsonProperty("completed") COMPLETED,
  @JsonProperty("cancelled") CANCELLED,
  @JsonProperty("no_show") NO_SHOW,
  @JsonProperty("rescheduled") RESCHEDULED
}
