package com.salesmachine.contract.integration;

import com.fasterxml.jackson.annotation.JsonProperty;

/** State of an outbound message in the outbox. */
public enum OutboxStatus {
  @JsonProperty("queued") QUEUED,
  @JsonProperty("sending") SENDING,
  @JsonProperty("sent") SENT,
  @JsonProperty("failed") FAILED
}
