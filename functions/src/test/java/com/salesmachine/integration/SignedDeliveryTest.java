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

        assertUnauthorized(webhook.send(function, s.body(), now, Webhook.signature("wrong-secret", now, s.body()), "d1-" + UUID.randomUUID()));
        assertUnauthorized(webhook.send(function, s.body(), stale, Webhook.signature(Webhook.SECRET, stale, s.body()), "d2-" + UUID.randomUUID()));
        assertUnauthorized(webhook.send(function, tampered, now, Webhook.signature(Webhook.SECRET, now, s.body()), "d3-" + UUID.randomUUID()));
        assertUnauthorized(webhook.send(function, s.body(), now, null, "d4-" + UUID.randomUUID()));
        assertUnauthorized(webhook.send(function, s.body(), null, Webhook.signature(Webhook.SECRET, now, s.body()), "d5-" + UUID.randomUUID()));
        assertThat(s.effects().call()).isZero();

        TestHttp.Response noDeliveryId = webhook.send(function, s.body(), now, Webhook.signature(Webhook.SECRET, now, s.body()), null);
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

    private static void assertUnauthorized(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("UNAUTHORIZED");
    }
}
