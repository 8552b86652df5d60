package com.salesmachine.contract.onboarding;

import static com.salesmachine.contract.Access.USER;
import static com.salesmachine.contract.FunctionSpec.post;
import static com.salesmachine.contract.common.ErrorCode.CONFLICT;

import com.salesmachine.contract.campaigns.Campaign;
import com.salesmachine.contract.common.Empty;
import com.salesmachine.contract.FunctionSpec;
import java.util.List;

/** The onboarding functions of the catalogue. Adding one is a line here, its record(s) beside it, its bean and its tests. */
public final class OnboardingCatalogue {

  public static final List<FunctionSpec> FUNCTIONS = List.of(
      post("onboardingStatus", USER, Empty.class, OnboardingStatus.class),
      post("saveOnboardingStep", USER, SaveOnboardingStepInput.class, OnboardingStatus.class),
      post("completeOnboarding", USER, CompleteOnboardingInput.class, Campaign.class, CONFLICT));

  private OnboardingCatalogue() {
  }
}
