package com.salesmachine.integration;

import com.salesmachine.account.Accounts;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.contract.common.OkResult;
import com.salesmachine.contract.integration.ClaimOutboundInput;
import com.salesmachine.contract.integration.ClaimOutboundResult;
import com.salesmachine.contract.integration.DraftRoute;
import com.salesmachine.contract.integration.IngestEnrichmentInput;
import com.salesmachine.contract.integration.IngestEnrichmentResult;
import com.salesmachine.contract.integration.IngestProspectsInput;
import com.salesmachine.contract.integration.IngestProspectsResult;
import com.salesmachine.contract.integration.ListWorkInput;
import com.salesmachine.contract.integration.ListWorkResult;
import com.salesmachine.contract.integration.RecordConnectionStatusInput;
import com.salesmachine.contract.integration.RecordInboundReplyInput;
import com.salesmachine.contract.integration.RecordMeetingBookedInput;
import com.salesmachine.contract.integration.RecordWarmupInput;
import com.salesmachine.contract.integration.ReportDeliveryInput;
import com.salesmachine.meetings.Meetings;
import com.salesmachine.outreach.Conversations;
import com.salesmachine.outreach.Outbox;
import com.salesmachine.outreach.WarmupLog;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.prospects.ProspectIntake;
import com.salesmachine.prospects.ProspectLookup;
import com.salesmachine.prospects.Prospects;
import com.salesmachine.review.Drafts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The eight functions the workflow engine calls (integration class: signed, see {@link IntegrationAccess}).
 * Each finds the user it acts for (404 when unknown), then runs the owning package's operation through
 * {@link Deliveries#once}, so a redelivery replays the first answer. No SQL here but the deliveries'.
 */
@Configuration(proxyBeanMethods = false)
public class IntegrationFunctions {

    @Bean
    ApiFunction<IngestProspectsInput, IngestProspectsResult> ingestProspects(
            Deliveries deliveries, Accounts accounts, ProspectIntake intake) {
        return (input, caller) -> accounts.rules(input.userId()).flatMap(rules ->
                deliveries.once(caller, "ingestProspects", input.userId(), IngestProspectsResult.class,
                        () -> intake.ingest(input)));
    }

    /** Replaces the prospect's enrichment and routes the optional draft (rule 2). */
    @Bean
    ApiFunction<IngestEnrichmentInput, IngestEnrichmentResult> ingestEnrichment(
            Deliveries deliveries, Accounts accounts, ProspectLookup lookup, Prospects prospects, Drafts drafts,
            ActivityLog activity) {
        return (input, caller) -> accounts.rules(input.userId()).flatMap(rules ->
                deliveries.once(caller, "ingestEnrichment", input.userId(), IngestEnrichmentResult.class,
                        () -> lookup.lock(input.userId(), input.prospectId())
                                .flatMap(prospect -> prospects.storeEnrichment(input.userId(), prospect.id(), input.enrichment())
                                        // natural key: only an actual change of the enrichment is an event
                                        .flatMap(changed -> changed == 0 ? Mono.<Void>empty()
                                                : activity.record(input.userId(), "prospect_enriched", prospect.id(),
                                                        prospect.fullName() + " enriched"))
                                        .then(input.draft() == null ? Mono.just(DraftRoute.NONE)
                                                : drafts.submit(input.userId(), prospect, input.draft(), rules)))
                                .map(IngestEnrichmentResult::new)));
    }

    @Bean
    ApiFunction<RecordWarmupInput, OkResult> recordWarmup(Deliveries deliveries, Accounts accounts, WarmupLog warmups) {
        return (input, caller) -> accounts.rules(input.userId()).flatMap(rules ->
                deliveries.once(caller, "recordWarmup", input.userId(), OkResult.class,
                        () -> warmups.recordActions(input, rules).thenReturn(OkResult.OK)));
    }

    @Bean
    ApiFunction<RecordConnectionStatusInput, OkResult> recordConnectionStatus(
            Deliveries deliveries, Accounts accounts, WarmupLog warmups) {
        return (input, caller) -> accounts.rules(input.userId()).flatMap(rules ->
                deliveries.once(caller, "recordConnectionStatus", input.userId(), OkResult.class,
                        () -> warmups.recordConnection(input, rules).thenReturn(OkResult.OK)));
    }

    @Bean
    ApiFunction<RecordInboundReplyInput, OkResult> recordInboundReply(
            Deliveries deliveries, Accounts accounts, Conversations conversations) {
        return (input, caller) -> accounts.rules(input.userId()).flatMap(rules ->
                deliveries.once(caller, "recordInboundReply", input.userId(), OkResult.class,
                        () -> conversations.recordInboundReply(input).thenReturn(OkResult.OK)));
    }

    @Bean
    ApiFunction<RecordMeetingBookedInput, OkResult> recordMeetingBooked(
            Deliveries deliveries, Accounts accounts, Meetings meetings) {
        return (input, caller) -> accounts.rules(input.userId()).flatMap(rules ->
                deliveries.once(caller, "recordMeetingBooked", input.userId(), OkResult.class,
                        () -> meetings.book(input).thenReturn(OkResult.OK)));
    }

    @Bean
    ApiFunction<ClaimOutboundInput, ClaimOutboundResult> claimOutbound(Deliveries deliveries, Outbox outbox) {
        return (input, caller) -> deliveries.once(caller, "claimOutbound", null, ClaimOutboundResult.class,
                () -> outbox.claim(input.limit()));
    }

    @Bean
    ApiFunction<ReportDeliveryInput, OkResult> reportDelivery(Deliveries deliveries, Outbox outbox) {
        return (input, caller) -> deliveries.once(caller, "reportDelivery", null, OkResult.class,
                () -> outbox.report(input).thenReturn(OkResult.OK));
    }

    /** Read-only: what to do next (signed like the others; no delivery record, reading twice changes nothing). */
    @Bean
    ApiFunction<ListWorkInput, ListWorkResult> listWork(Accounts accounts, WorkList work) {
        return (input, caller) -> input.userId() == null ? work.list(input)
                : accounts.rules(input.userId()).then(work.list(input));
    }
}
