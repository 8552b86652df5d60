package com.salesmachine.contract.review;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Decision state of a review item. */
public enum ReviewStatus {
  @JsonProperty("pending") PENDING,
  @JsonProperty("approved") APPROVED,
  @JsonProperty("edited") EDITED,
  @JsonProperty("rejected") REJECTED
}
