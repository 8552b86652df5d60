package com.salesmachine.dashboard;

import com.salesmachine.campaigns.Campaigns;
import com.salesmachine.contract.dashboard.FunnelBy;
import com.salesmachine.contract.dashboard.FunnelGroup;
import com.salesmachine.contract.dashboard.FunnelReport;
import com.salesmachine.contract.dashboard.FunnelReportInput;
import com.salesmachine.contract.dashboard.FunnelStep;
import com.salesmachine.contract.prospects.ProspectStatus;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.prospects.ProspectCounts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

import static com.salesmachine.contract.prospects.ProspectStatus.CONTACTED;
import static com.salesmachine.contract.prospects.ProspectStatus.CUSTOMER;
import static com.salesmachine.contract.prospects.ProspectStatus.ENGAGED;
import static com.salesmachine.contract.prospects.ProspectStatus.MEETING_BOOKED;
import static com.salesmachine.contract.prospects.ProspectStatus.MEETING_COMPLETED;
import static com.salesmachine.contract.prospects.ProspectStatus.NEW;
import static com.salesmachine.contract.prospects.ProspectStatus.QUALIFIED;

/**
 * funnelReport: the funnel (conversion between consecutive stages) by campaign or by channel, over prospects created
 * in a date range, counted on the server (one statement through prospects' owner, which sums its per-day counts:
 * ProspectCounts.createdIn). A prospect has
 * "reached" a stage when it is in it or in a later stage of the funnel new -> contacted -> engaged -> qualified ->
 * meeting_booked -> meeting_completed -> customer; lost / nurture / unsubscribed are counted apart ({@code outside}).
 */
@Configuration(proxyBeanMethods = false)
class FunnelReportFunction {

    static final List<ProspectStatus> FUNNEL = List.of(NEW, CONTACTED, ENGAGED, QUALIFIED, MEETING_BOOKED,
            MEETING_COMPLETED, CUSTOMER);

    @Bean
    ApiFunction<FunnelReportInput, FunnelReport> funnelReport(ProspectCounts prospects, Campaigns campaigns) {
        return (input, caller) -> {
            var user = caller.requireUser();
            if (input.by() == FunnelBy.CHANNEL) {
                return prospects.createdIn(user, input.from(), input.to()).collectList().map(counts -> {
                    List<ProspectCounts.GroupStage> rows = new ArrayList<>();
                    for (var c : counts) {
                        rows.add(new ProspectCounts.GroupStage("linkedin", c.status(), c.withLinkedin()));
                        rows.add(new ProspectCounts.GroupStage("email", c.status(), c.withEmail()));
                    }
                    return new FunnelReport(List.of(group("linkedin", "LinkedIn", rows), group("email", "E-mail", rows)));
                });
            }
            return Mono.zip(prospects.createdIn(user, input.from(), input.to())
                                    .map(c -> new ProspectCounts.GroupStage(c.campaign(), c.status(), c.prospects()))
                                    .collectList(),
                            campaigns.labelsOf(user).collectList())
                    .map(t -> {
                        Map<String, String> labels = new LinkedHashMap<>();
                        for (Campaigns.Label c : t.getT2()) {
                            labels.put(c.id().toString(), c.name());
                        }
                        labels.put("none", "No campaign");
                        List<FunnelGroup> groups = new ArrayList<>();
                        labels.forEach((key, label) -> groups.add(group(key, label, t.getT1())));
                        return new FunnelReport(groups);
                    });
        };
    }

    static FunnelGroup group(String key, String label, List<ProspectCounts.GroupStage> rows) {
        Map<ProspectStatus, Long> counts = new EnumMap<>(ProspectStatus.class);
        for (var r : rows) {
            if (r.group().equals(key)) {
                counts.merge(r.status(), r.prospects(), Long::sum);
            }
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long inFunnel = FUNNEL.stream().mapToLong(s -> counts.getOrDefault(s, 0L)).sum();
        List<FunnelStep> steps = new ArrayList<>();
        long reachedBefore = 0;
        long remaining = inFunnel;
        for (int i = 0; i < FUNNEL.size(); i++) {
            long reached = remaining;
            Double conversion = i == 0 || reachedBefore == 0 ? null : (double) reached / reachedBefore;
            steps.add(new FunnelStep(FUNNEL.get(i), Math.toIntExact(reached), conversion));
            remaining -= counts.getOrDefault(FUNNEL.get(i), 0L);
            reachedBefore = reached;
        }
        return new FunnelGroup(key, label, Math.toIntExact(total), Math.toIntExact(total - inFunnel), steps);
    }
}
