package com.salesmachine.contract.onboarding;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.salesmachine.contract.account.WarmupSettings;
import com.salesmachine.contract.campaigns.IcpCriteria;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Input of {@code saveOnboardingStep}. The type of {@code data} follows {@code step}:
 * icp -> {@link IcpCriteria}, persona -> {@link PersonaData}, limits -> {@link LimitsData},
 * warmup -> {@link WarmupSettings}.
 */
public record SaveOnboardingStepInput(
    @NotNull OnboardingStep step,
    @NotNull @Valid
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY, property = "step", visible = true)
    @JsonSubTypes({
        @JsonSubTypes.Type(value = IcpCriteria.class, name = "icp"),
        @JsonSubTypes.Type(value = PersonaData.class, name = "persona"),
        @JsonSubTypes.Type(value = LimitsData.class, name = "limits"),
        @JsonSubTypes.Type(value = WarmupSettings.class, name = "warmup")
    })
    Object data) {
}
