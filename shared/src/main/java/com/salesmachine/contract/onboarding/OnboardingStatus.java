package com.salesmachine.contract.onboarding;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Output of onboardingStatus and saveOnboardingStep. */
public record OnboardingStatus(@NotNull List<OnboardingStepState> steps, boolean completed) {
}
