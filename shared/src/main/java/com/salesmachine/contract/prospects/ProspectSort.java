package com.salesmachine.contract.prospects;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Order of listProspects. */
public enum ProspectSort {
  @JsonProperty("created_desc") CREATED_DESC,
  @JsonProperty("activity_desc") ACTIVITY_DESC
}
