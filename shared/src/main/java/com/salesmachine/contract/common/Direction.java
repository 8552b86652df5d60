package com.salesmachine.contract.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Direction of a conversation message. */
public enum Direction {
  @JsonProperty("outbound") OUTBOUND,
  @JsonProperty("inbound") INBOUND
}
