package com.salesmachine.contract.onboarding;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Input of {@code completeOnboarding}; the campaign name defaults on the server when null. */
public record CompleteOnboardingInput(@Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*") String campaignName) {
}
