package com.salesmachine.dashboard;

import com.salesmachine.campaigns.Campaigns;
import com.salesmachine.contract.campaigns.CampaignFigures;
import com.salesmachine.contract.campaigns.CampaignFiguresInput;
import com.salesmachine.contract.common.ItemsResult;
import com.salesmachine.contract.dashboard.PipelineStage;
import com.salesmachine.contract.prospects.ProspectStatus;
import com.salesmachine.meetings.MeetingCounts;
import com.salesmachine.outreach.OutreachCounts;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.prospects.ProspectCounts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * campaignFigures: the figures of the Campaigns screen, counted on the server. Each table is read through its
 * owner (campaigns, prospects, outreach's messages, meetings): four grouped statements for every campaign of
 * the user together, not one per campaign. It lives in dashboard, the reporting floor above every owner it asks
 * (campaigns sits below prospects, outreach and meetings, so it cannot import them).
 */
@Configuration(proxyBeanMethods = false)
class CampaignFiguresFunctions {

    @Bean
    ApiFunction<CampaignFiguresInput, ItemsResult<CampaignFigures>> campaignFigures(
            Campaigns campaigns, ProspectCounts prospects, OutreachCounts outreach, MeetingCounts meetings) {
        return (input, caller) -> {
            UUID user = caller.requireUser();
            UUID only = input.campaignId();
            Mono<List<UUID>> ids = only == null
                    ? campaigns.labelsOf(user).map(Campaigns.Label::id).collectList()
                    : campaigns.exists(user, only).flatMap(exists -> exists ? Mono.just(List.of(only))
                            : Mono.error(ApiException.notFound("Campaign")));
            return ids.flatMap(list -> Mono.zip(
                            prospects.perCampaignAndStatus(user, only).collectList(),
                            outreach.sentPerCampaign(user, only)
                                    .collectMap(OutreachCounts.PerCampaign::campaignId, OutreachCounts.PerCampaign::count),
                            meetings.bookedPerCampaign(user, only)
                                    .collectMap(MeetingCounts.PerCampaign::campaignId, MeetingCounts.PerCampaign::count))
                    .map(t -> new ItemsResult<>(figures(list, t.getT1(), t.getT2(), t.getT3()))));
        };
    }

    static List<CampaignFigures> figures(List<UUID> campaignIds, List<ProspectCounts.CampaignStage> stages,
                                         Map<UUID, Long> sent, Map<UUID, Long> booked) {
        Map<UUID, List<ProspectCounts.CampaignStage>> byCampaign = new HashMap<>();
        for (var stage : stages) {
            byCampaign.computeIfAbsent(stage.campaignId(), k -> new ArrayList<>()).add(stage);
        }
        List<CampaignFigures> out = new ArrayList<>(campaignIds.size());
        for (UUID id : campaignIds) {
            Map<ProspectStatus, Long> counts = new EnumMap<>(ProspectStatus.class);
            long total = 0;
            long contacted = 0;
            long replied = 0;
            for (var stage : byCampaign.getOrDefault(id, List.of())) {
                counts.put(stage.status(), stage.prospects());
                total += stage.prospects();
                contacted += stage.contacted();
                replied += stage.replied();
            }
            List<PipelineStage> funnel = new ArrayList<>();
            for (ProspectStatus status : ProspectStatus.values()) {
                funnel.add(new PipelineStage(status, Math.toIntExact(counts.getOrDefault(status, 0L))));
            }
            out.add(new CampaignFigures(id, funnel, Math.toIntExact(total), Math.toIntExact(contacted),
                    Math.toIntExact(replied), contacted == 0 ? 0 : (double) replied / contacted,
                    Math.toIntExact(sent.getOrDefault(id, 0L)), Math.toIntExact(booked.getOrDefault(id, 0L))));
        }
        return out;
    }
}
