package com.salesmachine.contract.onboarding;

import jakarta.validation.constraints.NotNull;

/** One onboarding step and whether it is saved. */
public record OnboardingStepState(@NotNull OnboardingStep step, boolean done) {
}
