package com.salesmachine.contract.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Channel of a message or template. */
public enum Channel {
  @JsonProperty("email") EMAIL,
  @JsonProperty("linkedin") LINKEDIN
}
