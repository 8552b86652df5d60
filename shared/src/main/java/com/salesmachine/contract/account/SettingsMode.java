package com.salesmachine.contract.account;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How drafts flow: automatically when safe, or always through review. */
public enum SettingsMode {
  @JsonProperty("autopilot") AUTOPILOT,
  @JsonProperty("semi_automatic") SEMI_AUTOMATIC
}
