package com.salesmachine.integration;

import com.salesmachine.contract.common.OkResult;
import com.salesmachine.contract.integration.ClaimOutboundInput;
import com.salesmachine.contract.integration.ClaimOutboundResult;
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
import com.salesmachine.platform.ApiFunction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The eight functions the workflow engine calls (integration class: signed, see {@link IntegrationAccess}).
 * Each runs its effect through {@link Deliveries#once}, so a redelivery replays the first answer.
 */
@Configuration(proxyBeanMethods = false)
public class IntegrationFunctions {

    @Bean
    ApiFunction<IngestProspectsInput, IngestProspectsResult> ingestProspects(
            Deliveries deliveries, IntegrationUsers users, ProspectIntake intake) {
        return (input, caller) -> users.rules(input.userId()).flatMap(rules ->
                deliveries.once(caller, "ingestProspects", input.userId(), IngestProspectsResult.class,
                        () -> intake.ingest(input)));
    }

    @Bean
    ApiFunction<IngestEnrichmentInput, IngestEnrichmentResult> ingestEnrichment(
            Deliveries deliveries, IntegrationUsers users, EnrichmentIntake intake) {
        return (input, caller) -> users.rules(input.userId()).flatMap(rules ->
                deliveries.once(caller, "ingestEnrichment", input.userId(), IngestEnrichmentResult.class,
                        () -> intake.ingest(input, rules)));
    }

    @Bean
    ApiFunction<RecordWarmupInput, OkResult> recordWarmup(Deliveries deliveries, IntegrationUsers users, WarmupLog warmups) {
        return (input, caller) -> users.rules(input.userId()).flatMap(rules ->
                deliveries.once(caller, "recordWarmup", input.userId(), OkResult.class,
                        () -> warmups.recordActions(input, rules).thenReturn(OkResult.OK)));
    }

    @Bean
    ApiFunction<RecordConnectionStatusInput, OkResult> recordConnectionStatus(
            Deliveries deliveries, IntegrationUsers users, WarmupLog warmups) {
        return (input, caller) -> users.rules(input.userId()).flatMap(rules ->
                deliveries.once(caller, "recordConnectionStatus", input.userId(), OkResult.class,
                        () -> warmups.recordConnection(input, rules).thenReturn(OkResult.OK)));
    }

    @Bean
    ApiFunction<RecordInboundReplyInput, OkResult> recordInboundReply(
            Deliveries deliveries, IntegrationUsers users, ConversationEvents events) {
        return (input, caller) -> users.rules(input.userId()).flatMap(rules ->
                deliveries.once(caller, "recordInboundReply", input.userId(), OkResult.class,
                        () -> events.inboundReply(input).thenReturn(OkResult.OK)));
    }

    @Bean
    ApiFunction<RecordMeetingBookedInput, OkResult> recordMeetingBooked(
            Deliveries deliveries, IntegrationUsers users, ConversationEvents events) {
        return (input, caller) -> users.rules(input.userId()).flatMap(rules ->
                deliveries.once(caller, "recordMeetingBooked", input.userId(), OkResult.class,
                        () -> events.meetingBooked(input).thenReturn(OkResult.OK)));
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
    ApiFunction<ListWorkInput, ListWorkResult> listWork(IntegrationUsers users, WorkList work) {
        return (input, caller) -> input.userId() == null ? work.list(input)
                : users.rules(input.userId()).then(work.list(input));
    }
}
