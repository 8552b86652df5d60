package com.salesmachine.contract.integration;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where ingestEnrichment put the draft (product rule 2). */
public enum DraftRoute {
  @JsonProperty("none") NONE,
  @JsonProperty("review") REVIEW,
  @JsonProperty("outbox") OUTBOX
}
