package com.salesmachine.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * For each of the eight functions, over real HTTP: the signature protects it, and a delivery id makes it
 * happen exactly once (sequential redelivery, a reused id with another body). Ten copies at once on three
 * instances, a hundred times: reliability/ConcurrencyTest.
 */
class SignedDeliveryTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    DeliveryScenarios scenarios;
    Webhook webhook;

    @BeforeEach
    void setUp() {
        scenarios = new DeliveryScenarios(db);
        webhook = new Webhook(http, Instant::now);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingestProspects", "ingestEnrichment", "recordWarmup", "recordConnectionStatus",
            "recordInboundReply", "recordMeetingBooked", "claimOutbound", "reportDelivery"})
    void aGoodSignatureIsAcceptedAndEveryForgeryIsRefusedWithoutEffect(String function) throws Exception {
        DeliveryScenarios.Scenario s = scenarios.scenario(function);
        String now = String.valueOf(Instant.now().getEpochSecond());
        String stale = String.valueOf(Instant.now().minusSeconds(301).getEpochSecond());
        String tampered = s.body().replace("}", " }");

        String d1 = "d1-" + UUID.randomUUID();
        String d2 = "d2-" + UUID.randomUUID();
        String d3 = "d3-" + UUID.randomUUID();
        String d5 = "d5-" + UUID.randomUUID();
        assertUnauthorized(webhook.send(function, s.body(), now, Webhook.signature("wrong-secret", now, function, d1, s.body()), d1));
        assertUnauthorized(webhook.send(function, s.body(), stale, Webhook.signature(Webhook.SECRET, stale, function, d2, s.body()), d2));
        assertUnauthorized(webhook.send(function, tampered, now, Webhook.signature(Webhook.SECRET, now, function, d3, s.body()), d3));
        assertUnauthorized(webhook.send(function, s.body(), now, null, "d4-" + UUID.randomUUID()));
        assertUnauthorized(webhook.send(function, s.body(), null, Webhook.signature(Webhook.SECRET, now, function, d5, s.body()), d5));
        assertThat(s.effects().call()).isZero();

        TestHttp.Response noDeliveryId = webhook.send(function, s.body(), now, Webhook.signature(Webhook.SECRET, now, function, null, s.body()), null);
        assertThat(noDeliveryId.status()).isEqualTo(422);
        assertThat(noDeliveryId.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("X-Sm-Delivery-Id");
        assertThat(s.effects().call()).isZero();

        TestHttp.Response ok = webhook.call(function, s.body());
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(s.effects().call()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingestProspects", "ingestEnrichment", "recordWarmup", "recordConnectionStatus",
            "recordInboundReply", "recordMeetingBooked", "claimOutbound", "reportDelivery"})
    void aRedeliveryAnswersLikeTheFirstAndAReusedIdWithAnotherBodyIsAConflict(String function) throws Exception {
        DeliveryScenarios.Scenario s = scenarios.scenario(function);
        String delivery = "seq-" + UUID.randomUUID();

        TestHttp.Response first = webhook.call(function, s.body(), delivery);
        TestHttp.Response again = webhook.call(function, s.body(), delivery);
        TestHttp.Response other = webhook.call(function, s.otherBody(), delivery);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.errorCode()).isEqualTo("CONFLICT");
        assertThat(s.effects().call()).isEqualTo(1);
    }

    /**
     * Issue 14 item 1: a captured request sent again under a new delivery id (or to another function) is refused
     * and changes nothing; the engine's own redelivery under the same id still gets the stored answer.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ingestProspects", "ingestEnrichment", "recordWarmup", "recordConnectionStatus",
            "recordInboundReply", "recordMeetingBooked", "claimOutbound", "reportDelivery"})
    void aCapturedRequestReplayedUnderANewDeliveryIdIsRefusedAndARedeliveryGetsTheStoredAnswer(String function) throws Exception {
        DeliveryScenarios.Scenario s = scenarios.scenario(function);
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String delivery = "cap-" + UUID.randomUUID();
        String signature = Webhook.signature(Webhook.SECRET, timestamp, function, delivery, s.body());

        TestHttp.Response first = webhook.send(function, s.body(), timestamp, signature, delivery);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        long effects = s.effects().call();
        assertThat(effects).isEqualTo(1);
        String replayTag = "replay-" + UUID.randomUUID();

        for (int i = 0; i < 3; i++) {
            assertUnauthorized(webhook.send(function, s.body(), timestamp, signature, replayTag + "-" + i));
        }
        String otherFunction = function.equals("claimOutbound") ? "reportDelivery" : "claimOutbound";
        assertUnauthorized(webhook.send(otherFunction, s.body(), timestamp, signature, delivery));
        assertThat(s.effects().call()).isEqualTo(effects);
        assertThat(deliveries(replayTag + "-%")).isZero();
        assertThat(deliveries(delivery)).isEqualTo(1);

        TestHttp.Response redelivery = webhook.send(function, s.body(), timestamp, signature, delivery);
        assertThat(redelivery.status()).as(redelivery.body()).isEqualTo(200);
        assertThat(redelivery.json()).isEqualTo(first.json());
        assertThat(s.effects().call()).isEqualTo(effects);
        assertThat(deliveries(delivery)).isEqualTo(1);
    }

    private long deliveries(String deliveryIdPattern) {
        return new Fixtures(db).count("SELECT count(*) FROM integration_deliveries WHERE delivery_id LIKE :p", "p", deliveryIdPattern);
    }

    private static void assertUnauthorized(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("UNAUTHORIZED");
    }
}
