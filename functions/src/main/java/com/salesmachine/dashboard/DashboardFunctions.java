package com.salesmachine.dashboard;

import com.salesmachine.activity.ActivityLog;
import com.salesmachine.campaigns.Campaigns;
import com.salesmachine.contract.common.Empty;
import com.salesmachine.contract.common.Page;
import com.salesmachine.contract.dashboard.ActivityEvent;
import com.salesmachine.contract.dashboard.ActivityStreamInput;
import com.salesmachine.contract.dashboard.DashboardPipelineInput;
import com.salesmachine.contract.dashboard.DashboardStats;
import com.salesmachine.contract.dashboard.PipelineStage;
import com.salesmachine.contract.dashboard.PipelineStages;
import com.salesmachine.contract.prospects.ProspectStatus;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.platform.db.Cursor;
import com.salesmachine.prospects.Prospects;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/** The morning view: numbers, the pipeline by status, and the activity stream. */
@Configuration(proxyBeanMethods = false)
class DashboardFunctions {

    @Bean
    ApiFunction<Empty, DashboardStats> dashboardStats(DashboardStore store) {
        return (input, caller) -> store.numbers(caller.requireUser())
                .switchIfEmpty(Mono.error(ApiException::unauthorized)) // the session outlived its user
                .map(n -> new DashboardStats(
                        new HealthScore(n.replyRate(), n.contacted(), n.reviewPending(), n.sentLastWeek(),
                                n.failedLastWeek(), n.meetingsUpcoming()).score(),
                        n.prospectsTotal(), n.prospectsThisWeek(), n.replyRate(), n.meetingsUpcoming(),
                        n.reviewPending(), n.emailsHandedOffToday(), n.dailyEmailLimit()));
    }

    @Bean
    ApiFunction<DashboardPipelineInput, PipelineStages> dashboardPipeline(Campaigns campaigns, Prospects prospects) {
        return (input, caller) -> {
            UUID user = caller.requireUser();
            Mono<Boolean> visible = input.campaignId() == null ? Mono.just(true)
                    : campaigns.exists(user, input.campaignId());
            return visible.flatMap(owned -> owned
                    ? prospects.countsByStatus(user, input.campaignId())
                            .map(DashboardFunctions::stages)
                    : Mono.error(ApiException.notFound("Campaign")));
        };
    }

    @Bean
    ApiFunction<ActivityStreamInput, Page<ActivityEvent>> activityStream(ActivityLog activity) {
        return (input, caller) -> {
            Cursor after = Cursor.decode(input.cursor());
            int limit = Cursor.limit(input.limit());
            return activity.newestFirst(caller.requireUser(), after, limit + 1).collectList().map(rows -> {
                if (rows.size() <= limit) {
                    return new Page<>(rows, null);
                }
                ActivityEvent last = rows.get(limit - 1);
                return new Page<>(List.copyOf(rows.subList(0, limit)), new Cursor(last.at(), last.id()).encode());
            });
        };
    }

    /** Every status in pipeline order (the enum's order), zeros included. */
    static PipelineStages stages(Map<String, Integer> counts) {
        return new PipelineStages(Arrays.stream(ProspectStatus.values())
                .map(s -> new PipelineStage(s, counts.getOrDefault(s.name().toLowerCase(Locale.ROOT), 0)))
                .toList());
    }
}
