package com.salesmachine.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.integration.Webhook;
import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

/** Rule 7: after deleteProspect no table holds the person's name, e-mail or LinkedIn URL. */
class ProspectErasureTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    @Test
    void afterDeletionNoTableHoldsTheProspectsNameEmailOrLinkedinUrlAndTheAuditRowNamesNoneOfThem() {
        String token = newUser();
        UUID user = UUID.fromString(call(token, "me", "{}").json().path("id").asString());
        Webhook webhook = new Webhook(http, Instant::now);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Zelda Erasable" + tag;
        String email = "zelda." + tag + "@erasable.example";
        String url = "https://www.linkedin.com/in/zelda-" + tag;
        UUID prospect = leaveTracesEverywhere(webhook, user, name, email, url);

        TestHttp.Response deleted = call(token, "deleteProspect", "{\"id\":\"" + prospect + "\"}");

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().path("deleted").asBoolean()).isTrue();
        for (String needle : List.of(name, email, "zelda-" + tag, "Zelda Erasable")) {
            assertThat(tablesMentioning(needle)).as("tables still holding " + needle).isEmpty();
        }
        String audit = db.sql("SELECT a::text FROM audit_entries a WHERE entity_id = :p AND action = 'prospect.erased'")
                .bind("p", prospect).map(row -> row.get(0, String.class)).one().block();
        assertThat(audit).contains(prospect.toString()).doesNotContain(name, email, tag + "@", "linkedin");
        assertThat(call(token, "deleteProspect", "{\"id\":\"" + prospect + "\"}").status()).isEqualTo(404);
    }

    @Test
    void anotherUsersProspectIsNotFoundAndStaysWhole() {
        String owner = newUser();
        UUID ownerId = UUID.fromString(call(owner, "me", "{}").json().path("id").asString());
        Webhook webhook = new Webhook(http, Instant::now);
        webhook.call("ingestProspects", "{\"userId\":\"" + ownerId + "\",\"prospects\":[{\"fullName\":\"Kept\",\"companyName\":\"A\",\"email\":\"kept-"
                + UUID.randomUUID() + "@example.com\"}]}");
        UUID prospect = db.sql("SELECT id FROM prospects WHERE user_id = :u").bind("u", ownerId)
                .map(row -> row.get("id", UUID.class)).one().block();

        TestHttp.Response r = call(newUser(), "deleteProspect", "{\"id\":\"" + prospect + "\"}");

        assertThat(r.status()).isEqualTo(404);
        assertThat(db.sql("SELECT count(*) FROM prospects WHERE id = :p").bind("p", prospect)
                .map(row -> ((Number) row.get(0)).longValue()).one().block()).isEqualTo(1);
    }

    /** Ingest, enrich with a draft, warm up, connect, reply, book, queue/claim/send: every table gets a row. */
    private UUID leaveTracesEverywhere(Webhook webhook, UUID user, String name, String email, String url) {
        String u = "\"userId\":\"" + user + "\"";
        ok(webhook.call("ingestProspects", "{" + u + ",\"prospects\":[{\"fullName\":\"" + name + "\",\"companyName\":\"Hyrule\","
                + "\"email\":\"" + email + "\",\"linkedinUrl\":\"" + url + "\"}]}"));
        UUID prospect = db.sql("SELECT id FROM prospects WHERE user_id = :u").bind("u", user)
                .map(row -> row.get("id", UUID.class)).one().block();
        String p = "\"prospectId\":\"" + prospect + "\"";
        ok(webhook.call("ingestEnrichment", "{" + u + "," + p + ",\"enrichment\":{\"recentActivity\":\"" + name + " posted\"},"
                + "\"draft\":{\"messageType\":\"initial_outreach\",\"channel\":\"email\",\"message\":\"Hi " + name + "\",\"confidenceScore\":90}}"));
        ok(webhook.call("recordWarmup", "{" + u + "," + p + ",\"likes\":1,\"comments\":1,\"day\":1}"));
        ok(webhook.call("recordConnectionStatus", "{" + u + "," + p + ",\"status\":\"accepted\"}"));
        ok(webhook.call("recordInboundReply", "{" + u + ",\"email\":\"" + email + "\",\"channel\":\"email\",\"text\":\"I am " + name
                + "\",\"receivedAt\":\"2025-01-01T00:00:00Z\",\"externalId\":\"in-" + prospect + "\"}"));
        ok(webhook.call("recordMeetingBooked", "{" + u + "," + p + ",\"title\":\"Call with " + name + "\",\"scheduledAt\":\"2030-01-01T00:00:00Z\","
                + "\"durationMinutes\":30,\"externalEventId\":\"ev-" + prospect + "\"}"));
        db.sql("INSERT INTO outbound_messages (user_id, prospect_id, channel, subject, text, due_at) VALUES "
                        + "(:u, :p, 'email', :s, :t, timestamptz '2000-01-01Z'), (:u, :p, 'email', :s, :t, timestamptz '2000-01-01Z')")
                .bind("u", user).bind("p", prospect).bind("s", "For " + name).bind("t", "Dear " + name + " " + email)
                .then().block();
        TestHttp.Response claim = webhook.call("claimOutbound", "{\"limit\":100}");
        ok(claim);
        String sentId = null;
        for (JsonNode item : claim.json().path("items")) {
            if (item.path("prospect").path("id").asString().equals(prospect.toString())) {
                sentId = item.path("messageId").asString();
            }
        }
        assertThat(sentId).as("the claim handed out the prospect's message").isNotNull();
        ok(webhook.call("reportDelivery", "{\"messageId\":\"" + sentId + "\",\"status\":\"sent\",\"externalId\":\"out-" + prospect + "\"}"));
        assertThat(tablesMentioning(email)).as("traces before deletion").contains("prospects", "messages", "outbound_messages",
                "integration_deliveries");
        return prospect;
    }

    private static void ok(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** Every table in the schema whose rows, cast to text, contain the needle (case-insensitive). */
    private List<String> tablesMentioning(String needle) {
        List<String> tables = db.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
                .map(row -> row.get(0, String.class)).all().collectList().block();
        return tables.stream()
                .filter(table -> db.sql("SELECT count(*) FROM " + quote(table) + " t WHERE t::text ILIKE '%' || :needle || '%'")
                        .bind("needle", needle)
                        .map(row -> ((Number) row.get(0)).longValue()).one().block() > 0)
                .toList();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
