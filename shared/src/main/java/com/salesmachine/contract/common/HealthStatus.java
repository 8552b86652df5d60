package com.salesmachine.contract.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Health of the service or one of its components. */
public enum HealthStatus {
  @JsonProperty("UP") UP,
  @JsonProperty("DOWN") DOWN
}
