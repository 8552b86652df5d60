package com.salesmachine.onboarding;

import com.salesmachine.campaigns.Campaigns;
import com.salesmachine.contract.account.WarmupSettings;
import com.salesmachine.contract.campaigns.Campaign;
import com.salesmachine.contract.campaigns.CampaignStatus;
import com.salesmachine.contract.campaigns.Channels;
import com.salesmachine.contract.common.Empty;
import com.salesmachine.contract.onboarding.CompleteOnboardingInput;
import com.salesmachine.contract.onboarding.LimitsData;
import com.salesmachine.contract.onboarding.OnboardingStatus;
import com.salesmachine.contract.onboarding.SaveOnboardingStepInput;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.platform.json.JsonCodec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** onboardingStatus, saveOnboardingStep, completeOnboarding. */
@Configuration(proxyBeanMethods = false)
class OnboardingFunctions {

    static final String DEFAULT_CAMPAIGN_NAME = "My first campaign";

    @Bean
    ApiFunction<Empty, OnboardingStatus> onboardingStatus(OnboardingStore store, JsonCodec json) {
        return (input, caller) -> store.read(caller.requireUser(), false).map(p -> p.status(json.mapper()));
    }

    @Bean
    ApiFunction<SaveOnboardingStepInput, OnboardingStatus> saveOnboardingStep(OnboardingStore store, JsonCodec json) {
        return (input, caller) -> {
            UUID user = caller.requireUser();
            Map<String, Object> settings = new LinkedHashMap<>();
            switch (input.data()) {
                case LimitsData limits -> {
                    settings.put("dailyEmailLimit", limits.dailyEmailLimit());
                    settings.put("aiConfidenceThreshold", limits.aiConfidenceThreshold());
                }
                case WarmupSettings warmup -> settings.put("warmup", warmup);
                default -> {
                }
            }
            String step = OnboardingProgress.key(input.step());
            return store.save(user, json.mapper().writeValueAsString(Map.of(step, input.data())),
                            json.mapper().writeValueAsString(settings))
                    .map(p -> p.status(json.mapper()));
        };
    }

    @Bean
    ApiFunction<CompleteOnboardingInput, Campaign> completeOnboarding(OnboardingStore store, Campaigns campaigns,
                                                                      ActivityLog activity, JsonCodec json,
                                                                      ReactiveTransactionManager transactions) {
        TransactionalOperator tx = TransactionalOperator.create(transactions);
        return (input, caller) -> {
            UUID user = caller.requireUser();
            return store.read(user, true)
                    .flatMap(progress -> {
                        if (progress.completed()) {
                            return Mono.error(ApiException.conflict("Onboarding is already completed"));
                        }
                        progress.requireEveryStep();
                        String name = input.campaignName() == null ? DEFAULT_CAMPAIGN_NAME : input.campaignName();
                        var first = new Campaigns.NewCampaign(name, "Built from the onboarding answers",
                                CampaignStatus.ACTIVE, progress.campaignIcp(json.mapper()), new Channels(true, true),
                                progress.limits(json.mapper()).dailyEmailLimit());
                        return campaigns.create(user, first)
                                .flatMap(campaign -> store.markCompleted(user)
                                        .then(activity.record(user, "onboarding_completed", null,
                                                "Onboarding completed; campaign \"" + campaign.name() + "\" is active"))
                                        .thenReturn(campaign));
                    })
                    .as(tx::transactional);
        };
    }
}
