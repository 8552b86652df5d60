package com.salesmachine.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.ExtraInstance;
import com.salesmachine.support.TestHttp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * For each of the eight functions, over real HTTP: the signature protects it, and a delivery id makes it
 * happen exactly once (sequential redelivery, a reused id with another body, ten copies at once).
 */
class SignedDeliveryTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    Fixtures fx;
    Webhook webhook;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(db);
        webhook = new Webhook(http, Instant::now);
    }

    /** A valid call of one function and the number that counts its effect. */
    record Scenario(String function, String body, String otherBody, Callable<Long> effects) {
    }

    Scenario scenario(String function) {
        UUID user = fx.user();
        UUID prospect = fx.prospect(user);
        String u = "\"userId\":\"" + user + "\"";
        String p = "\"prospectId\":\"" + prospect + "\"";
        String tag = UUID.randomUUID().toString();
        return switch (function) {
            case "ingestProspects" -> new Scenario(function,
                    "{" + u + ",\"prospects\":[{\"fullName\":\"Ada Lovelace\",\"companyName\":\"Engines\",\"email\":\"ada-" + tag + "@example.com\"}]}",
                    "{" + u + ",\"prospects\":[{\"fullName\":\"Ada Lovelace\",\"companyName\":\"Engines\",\"email\":\"ada2-" + tag + "@example.com\"}]}",
                    () -> fx.count("SELECT count(*) FROM activity_events WHERE user_id = :u AND type = 'prospects_ingested'", "u", user));
            case "ingestEnrichment" -> new Scenario(function,
                    "{" + u + "," + p + ",\"enrichment\":{\"talkingPoints\":[\"Hiring\"]},\"draft\":{\"messageType\":\"initial_outreach\","
                            + "\"channel\":\"email\",\"subject\":\"Hi\",\"message\":\"Hello there\",\"confidenceScore\":90}}",
                    "{" + u + "," + p + ",\"enrichment\":{\"talkingPoints\":[\"Other\"]}}",
                    () -> fx.count("SELECT count(*) FROM review_items WHERE prospect_id = :p", "p", prospect));
            case "recordWarmup" -> new Scenario(function,
                    "{" + u + "," + p + ",\"likes\":3,\"comments\":1,\"day\":1}",
                    "{" + u + "," + p + ",\"likes\":2,\"comments\":1,\"day\":1}",
                    () -> fx.count("SELECT coalesce(sum(likes + comments), 0) FROM warmup_days WHERE prospect_id = :p", "p", prospect) / 4);
            case "recordConnectionStatus" -> new Scenario(function,
                    "{" + u + "," + p + ",\"status\":\"accepted\"}",
                    "{" + u + "," + p + ",\"status\":\"rejected\"}",
                    () -> fx.count("SELECT count(*) FROM activity_events WHERE prospect_id = :p AND type LIKE 'connection_%'", "p", prospect));
            case "recordInboundReply" -> new Scenario(function,
                    "{" + u + "," + p + ",\"channel\":\"email\",\"text\":\"Interested\",\"receivedAt\":\"2025-01-01T10:00:00Z\",\"externalId\":\"x-" + tag + "\"}",
                    "{" + u + "," + p + ",\"channel\":\"email\",\"text\":\"Interested!\",\"receivedAt\":\"2025-01-01T10:00:00Z\",\"externalId\":\"y-" + tag + "\"}",
                    () -> fx.count("SELECT count(*) FROM messages WHERE prospect_id = :p", "p", prospect));
            case "recordMeetingBooked" -> new Scenario(function,
                    "{" + u + "," + p + ",\"title\":\"Intro\",\"scheduledAt\":\"2030-01-01T10:00:00Z\",\"durationMinutes\":30,\"externalEventId\":\"e-" + tag + "\"}",
                    "{" + u + "," + p + ",\"title\":\"Intro\",\"scheduledAt\":\"2030-01-01T10:00:00Z\",\"durationMinutes\":45,\"externalEventId\":\"f-" + tag + "\"}",
                    () -> fx.count("SELECT count(*) FROM meetings WHERE prospect_id = :p", "p", prospect));
            case "claimOutbound" -> {
                UUID message = fx.queuedEmail(user, prospect);
                yield new Scenario(function, "{\"limit\":100}", "{\"limit\":99}",
                        () -> fx.count("SELECT attempts FROM outbound_messages WHERE id = :m", "m", message));
            }
            case "reportDelivery" -> {
                UUID message = fx.queuedEmail(user, prospect);
                fx.exec("UPDATE outbound_messages SET status = 'sending', claimed_at = now(), lease_expires_at = now() + interval '5 minutes' WHERE id = :m", "m", message);
                yield new Scenario(function, "{\"messageId\":\"" + message + "\",\"status\":\"sent\",\"externalId\":\"s-" + tag + "\"}",
                        "{\"messageId\":\"" + message + "\",\"status\":\"failed\",\"error\":\"bounced\"}",
                        () -> fx.count("SELECT count(*) FROM activity_events WHERE prospect_id = :p AND type = 'message_sent'", "p", prospect));
            }
            default -> throw new IllegalArgumentException(function);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingestProspects", "ingestEnrichment", "recordWarmup", "recordConnectionStatus",
            "recordInboundReply", "recordMeetingBooked", "claimOutbound", "reportDelivery"})
    void aGoodSignatureIsAcceptedAndEveryForgeryIsRefusedWithoutEffect(String function) throws Exception {
        Scenario s = scenario(function);
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
        Scenario s = scenario(function);
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

    @ParameterizedTest
    @ValueSource(strings = {"ingestProspects", "ingestEnrichment", "recordWarmup", "recordConnectionStatus",
            "recordInboundReply", "recordMeetingBooked", "claimOutbound", "reportDelivery"})
    void tenIdenticalDeliveriesAtOnceOnTwoInstancesHaveExactlyOneEffect(String function) throws Exception {
        Scenario s = scenario(function);
        String delivery = "par-" + UUID.randomUUID();
        List<Future<TestHttp.Response>> calls = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++) {
                // each copy on its own connection, alternating between this instance and a second one
                TestHttp client = new TestHttp(i % 2 == 0 ? port : ExtraInstance.sharedPort());
                Webhook copy = new Webhook(client, Instant::now);
                calls.add(pool.submit(() -> copy.call(function, s.body(), delivery)));
            }
        }
        String firstBody = null;
        for (Future<TestHttp.Response> call : calls) {
            TestHttp.Response r = call.get();
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            if (firstBody == null) {
                firstBody = r.json().toString();
            }
            assertThat(r.json().toString()).isEqualTo(firstBody);
        }
        assertThat(s.effects().call()).isEqualTo(1);
    }

    private static void assertUnauthorized(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("UNAUTHORIZED");
    }
}
