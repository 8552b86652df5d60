package com.salesmachine.contract.integration;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Outcome of one send, reported by the workflow engine. */
public enum DeliveryStatus {
  @JsonProperty("sent") SENT,
  @JsonProperty("failed") FAILED
}
