package com.salesmachine.prospects;

import com.salesmachine.campaigns.Campaigns;
import com.salesmachine.contract.prospects.CreateProspectInput;
import com.salesmachine.contract.prospects.GetProspectInput;
import com.salesmachine.contract.prospects.ListProspectsInput;
import com.salesmachine.contract.prospects.Prospect;
import com.salesmachine.contract.prospects.ProspectPage;
import com.salesmachine.contract.prospects.ProspectStatus;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.contract.prospects.UpdateProspectInput;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.platform.db.DbValues;
import com.salesmachine.platform.json.JsonCodec;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** listProspects, getProspect, createProspect, updateProspect (deleteProspect is GDPR erasure, elsewhere). */
@Configuration(proxyBeanMethods = false)
class ProspectFunctions {

    @Bean
    ApiFunction<ListProspectsInput, ProspectPage> listProspects(DatabaseClient db) {
        ProspectList list = new ProspectList(db);
        return (input, caller) -> list.page(caller.requireUser(), input);
    }

    @Bean
    ApiFunction<GetProspectInput, Prospect> getProspect(DatabaseClient db, JsonCodec json,
                                                        ProspectStory.Conversation conversation,
                                                        ProspectStory.Meetings meetings,
                                                        ProspectStory.PendingReviews reviews) {
        ProspectDetail detail = new ProspectDetail(db, json, conversation, meetings, reviews);
        return (input, caller) -> detail.find(caller.requireUser(), input.id())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Prospect")));
    }

    @Bean
    ApiFunction<CreateProspectInput, ProspectSummary> createProspect(ProspectIntake intake, Campaigns campaigns,
                                                                     ActivityLog activity,
                                                                     ReactiveTransactionManager transactions) {
        TransactionalOperator tx = TransactionalOperator.create(transactions);
        return (input, caller) -> {
            UUID user = caller.requireUser();
            String linkedinUrl = blankToNull(input.linkedinUrl());
            if (linkedinUrl != null && !LinkedinUrls.looksValid(linkedinUrl)) {
                throw ApiException.validation("linkedinUrl", "must be a linkedin.com profile or company URL");
            }
            var prospect = new ProspectIntake.NewProspect(input.campaignId(), input.fullName().strip(),
                    input.companyName().strip(), blankToNull(input.jobTitle()), linkedinUrl,
                    blankToNull(input.email()));
            return ownCampaign(campaigns, user, input.campaignId())
                    .then(intake.create(user, prospect))
                    .switchIfEmpty(Mono.error(() -> ApiException.conflict(
                            "A prospect with this LinkedIn URL or e-mail already exists")))
                    .flatMap(created -> activity.record(user, "prospect_added", created.id(),
                            created.fullName() + " (" + created.companyName() + ") added").thenReturn(created))
                    .as(tx::transactional);
        };
    }

    @Bean
    ApiFunction<UpdateProspectInput, ProspectSummary> updateProspect(DatabaseClient db, Campaigns campaigns,
                                                                     ActivityLog activity,
                                                                     ReactiveTransactionManager transactions) {
        ProspectWrites writes = new ProspectWrites(db);
        TransactionalOperator tx = TransactionalOperator.create(transactions);
        return (input, caller) -> {
            UUID user = caller.requireUser();
            return writes.lock(user, input.id())
                    .switchIfEmpty(Mono.error(() -> ApiException.notFound("Prospect")))
                    .flatMap(current -> ownCampaign(campaigns, user, input.campaignId()).thenReturn(current))
                    .flatMap(current -> {
                        ProspectSummary was = current.summary();
                        ProspectStatus status = input.status() == null ? was.status() : input.status();
                        boolean vip = input.isVip() == null ? was.isVip() : input.isVip();
                        String vipReason = input.vipReason() == null ? current.vipReason() : blankToNull(input.vipReason());
                        if (!vip) {
                            if (input.vipReason() != null && !input.vipReason().isBlank()) {
                                throw ApiException.validation("vipReason", "only a VIP prospect has a VIP reason");
                            }
                            vipReason = null;
                        }
                        UUID campaign = input.campaignId() == null ? was.campaignId() : input.campaignId();
                        Mono<Void> logged = Mono.empty();
                        if (status != was.status()) {
                            logged = logged.then(activity.record(user, "prospect_status_changed", was.id(),
                                    was.fullName() + " is now " + DbValues.text(status)));
                        }
                        if (vip && !was.isVip()) {
                            logged = logged.then(activity.record(user, "prospect_marked_vip", was.id(),
                                    was.fullName() + " marked VIP"));
                        }
                        return writes.update(user, was.id(), status, vip, vipReason, campaign)
                                .flatMap(logged::thenReturn);
                    })
                    .as(tx::transactional);
        };
    }

    /** A campaign the caller names must be theirs: someone else's is answered like a missing one. */
    private static Mono<Void> ownCampaign(Campaigns campaigns, UUID user, UUID campaignId) {
        if (campaignId == null) {
            return Mono.empty();
        }
        return campaigns.exists(user, campaignId)
                .flatMap(exists -> exists ? Mono.<Void>empty() : Mono.error(ApiException.notFound("Campaign")));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
