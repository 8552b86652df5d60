package com.salesmachine.contract.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** State of a LinkedIn connection request. */
public enum ConnectionStatus {
  @JsonProperty("pending") PENDING,
  @JsonProperty("accepted") ACCEPTED,
  @JsonProperty("rejected") REJECTED
}
