package com.salesmachine.contract.onboarding;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The onboarding steps, in order. */
public enum OnboardingStep {
  @JsonProperty("icp") ICP,
  @JsonProperty("persona") PERSONA,
  @JsonProperty("limits") LIMITS,
  @JsonProperty("warmup") WARMUP
}
