package com.salesmachine.contract.onboarding;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Output of onboardingStatus and saveOnboardingStep: each step, whether it is done, and what the done ones hold. */
public record OnboardingStatus(@NotNull List<OnboardingStepState> steps, boolean completed, @NotNull OnboardingSaved saved) {
}
