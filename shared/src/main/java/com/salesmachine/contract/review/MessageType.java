package com.salesmachine.contract.review;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kind of AI-drafted message. */
public enum MessageType {
  @JsonProperty("initial_outreach") INITIAL_OUTREACH,
  @JsonProperty("follow_up") FOLLOW_UP,
  @JsonProperty("reply_response") REPLY_RESPONSE,
  @JsonProperty("meeting_request") MEETING_REQUEST
}
