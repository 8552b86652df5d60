package com.salesmachine.contract.onboarding;

import com.salesmachine.contract.account.WarmupSettings;
import com.salesmachine.contract.campaigns.IcpCriteria;

/**
 * What each onboarding step holds as saved (null until that step is saved), so that the wizard, opened again in
 * any tab or on any device, shows what the seller already gave.
 */
public record OnboardingSaved(IcpCriteria icp, PersonaData persona, LimitsData limits, WarmupSettings warmup) {
}
