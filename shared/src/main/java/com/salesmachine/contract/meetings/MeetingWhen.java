package com.salesmachine.contract.meetings;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which meetings listMeetings returns. */
public enum MeetingWhen {
  @JsonProperty("upcoming") UPCOMING,
  @JsonProperty("past") PAST
}
