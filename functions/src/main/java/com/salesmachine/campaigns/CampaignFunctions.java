package com.salesmachine.campaigns;

import com.salesmachine.contract.campaigns.Campaign;
import com.salesmachine.contract.campaigns.CampaignStatus;
import com.salesmachine.contract.campaigns.CreateCampaignInput;
import com.salesmachine.contract.campaigns.GetCampaignInput;
import com.salesmachine.contract.campaigns.ListCampaignsInput;
import com.salesmachine.contract.campaigns.UpdateCampaignInput;
import com.salesmachine.contract.common.ItemsResult;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** listCampaigns, createCampaign, getCampaign, updateCampaign. */
@Configuration(proxyBeanMethods = false)
class CampaignFunctions {

    @Bean
    ApiFunction<ListCampaignsInput, ItemsResult<Campaign>> listCampaigns(Campaigns campaigns) {
        return (input, caller) -> campaigns.list(caller.requireUser(), input.status())
                .collectList()
                .map(ItemsResult::new);
    }

    @Bean
    ApiFunction<CreateCampaignInput, Campaign> createCampaign(Campaigns campaigns, ActivityLog activity,
                                                              ReactiveTransactionManager transactions) {
        TransactionalOperator tx = TransactionalOperator.create(transactions);
        return (input, caller) -> {
            UUID user = caller.requireUser();
            var draft = new Campaigns.NewCampaign(input.name(), input.description(), CampaignStatus.DRAFT,
                    input.icpCriteria(), input.channels(), input.dailySendLimit());
            return campaigns.create(user, draft)
                    .flatMap(created -> activity.record(user, "campaign_created", null,
                            "Campaign \"" + created.name() + "\" created").thenReturn(created))
                    .as(tx::transactional);
        };
    }

    @Bean
    ApiFunction<GetCampaignInput, Campaign> getCampaign(Campaigns campaigns) {
        return (input, caller) -> campaigns.find(caller.requireUser(), input.id())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Campaign")));
    }

    @Bean
    ApiFunction<UpdateCampaignInput, Campaign> updateCampaign(Campaigns campaigns, ActivityLog activity,
                                                              ReactiveTransactionManager transactions) {
        TransactionalOperator tx = TransactionalOperator.create(transactions);
        return (input, caller) -> {
            UUID user = caller.requireUser();
            return campaigns.lockStatus(user, input.id())
                    .switchIfEmpty(Mono.error(() -> ApiException.notFound("Campaign")))
                    .flatMap(locked -> campaigns.find(user, input.id()))
                    .flatMap(current -> {
                        Campaign changed = CampaignChange.apply(current, input);
                        Mono<Void> logged = changed.status() == current.status() ? Mono.empty()
                                : activity.record(user, "campaign_status_changed", null,
                                        "Campaign \"" + changed.name() + "\" is now " + Campaigns.dbValue(changed.status()));
                        return campaigns.update(user, input.id(), changed).then(logged);
                    })
                    .then(Mono.defer(() -> campaigns.find(user, input.id())))
                    .as(tx::transactional);
        };
    }
}
