package com.salesmachine.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Issue 14 item 1 (natural keys): the same request sent again under NEW delivery ids (a captured request replayed,
 * or an engine that re-sends with a fresh id) applies its effect once. integration_deliveries answers redeliveries
 * under the same id (SignedDeliveryTest); these keys hold whatever the id.
 */
class NaturalKeysTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    DeliveryScenarios scenarios;
    Fixtures fx;
    Webhook webhook;

    @BeforeEach
    void setUp() {
        scenarios = new DeliveryScenarios(db);
        fx = new Fixtures(db);
        webhook = new Webhook(http, Instant::now);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingestProspects", "ingestEnrichment", "recordWarmup", "recordConnectionStatus",
            "recordInboundReply", "recordMeetingBooked", "claimOutbound", "reportDelivery"})
    void theSameRequestUnderThreeNewDeliveryIdsHasOneEffect(String function) throws Exception {
        DeliveryScenarios.Scenario s = scenarios.scenario(function);

        TestHttp.Response first = webhook.call(function, s.body(), "first-" + UUID.randomUUID());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            TestHttp.Response again = webhook.call(function, s.body(), "replay-" + i + "-" + UUID.randomUUID());
            // 200 and nothing more, or 409 where the state says it is done (a message already reported)
            assertThat(again.status()).as(again.body()).isIn(200, 409);
        }

        assertThat(s.effects().call()).isEqualTo(1);
    }

    @Test
    void anAutopilotDraftReplayedPutsOneMessageInTheOutboxAndOneEventInTheStream() {
        UUID user = fx.user("UTC", "{\"mode\":\"autopilot\"}");
        UUID prospect = fx.prospect(user);
        String body = """
                {"userId":"%s","prospectId":"%s","enrichment":{"talkingPoints":["Hiring"]},
                 "draft":{"messageType":"initial_outreach","channel":"email","subject":"Hi","message":"Loved your post","confidenceScore":95}}"""
                .formatted(user, prospect);

        for (int i = 0; i < 3; i++) {
            assertThat(webhook.call("ingestEnrichment", body).json().path("draft").asString()).isEqualTo("outbox");
        }

        assertThat(fx.count("SELECT count(*) FROM outbound_messages WHERE prospect_id = :p", "p", prospect)).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM activity_events WHERE prospect_id = :p AND type = 'message_auto_approved'",
                "p", prospect)).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM activity_events WHERE prospect_id = :p AND type = 'prospect_enriched'",
                "p", prospect)).isEqualTo(1);
        // another text is another draft
        assertThat(webhook.call("ingestEnrichment", body.replace("Loved your post", "Loved your talk")).status()).isEqualTo(200);
        assertThat(fx.count("SELECT count(*) FROM outbound_messages WHERE prospect_id = :p", "p", prospect)).isEqualTo(2);
    }

    @Test
    void aWarmupReportSetsTheDaysTotalsSoTheSameLikesReplayedFourTimesCountOnce() {
        UUID user = fx.user();
        UUID prospect = fx.prospect(user);
        String report = "{\"userId\":\"" + user + "\",\"prospectId\":\"" + prospect + "\",\"likes\":5,\"comments\":1,\"day\":1}";

        assertThat(webhook.call("recordWarmup", report).status()).isEqualTo(200);
        String versions = fx.text("SELECT w.xmin::text || '/' || d.xmin::text FROM warmups w"
                + " JOIN warmup_days d ON d.prospect_id = w.prospect_id WHERE w.prospect_id = :p", "p", prospect);
        for (int i = 0; i < 3; i++) {
            assertThat(webhook.call("recordWarmup", report).status()).isEqualTo(200);
        }
        assertThat(fx.text("SELECT w.xmin::text || '/' || d.xmin::text FROM warmups w"
                + " JOIN warmup_days d ON d.prospect_id = w.prospect_id WHERE w.prospect_id = :p", "p", prospect))
                .as("the same report again writes nothing, not even an identical row version").isEqualTo(versions);
        // a late, smaller report (out of order) does not lower the day
        assertThat(webhook.call("recordWarmup", report.replace("\"likes\":5", "\"likes\":2")).status()).isEqualTo(200);

        assertThat(fx.count("SELECT likes FROM warmups WHERE prospect_id = :p", "p", prospect)).isEqualTo(5);
        assertThat(fx.count("SELECT comments FROM warmups WHERE prospect_id = :p", "p", prospect)).isEqualTo(1);
        assertThat(fx.count("SELECT likes FROM warmup_days WHERE prospect_id = :p", "p", prospect)).isEqualTo(5);
    }
}
