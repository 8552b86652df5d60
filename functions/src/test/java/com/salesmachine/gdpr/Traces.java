package com.salesmachine.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.integration.Webhook;
import com.salesmachine.support.TestHttp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

/** Leaves a prospect's traces in every table, through the integration functions, and finds them again. */
final class Traces {

    private final TestHttp http;
    private final DatabaseClient db;
    private final Webhook webhook;

    Traces(TestHttp http, DatabaseClient db) {
        this.http = http;
        this.db = db;
        this.webhook = new Webhook(http, Instant::now);
    }

    /** The id of the session's user, from {@code me}. */
    UUID userOf(String token) {
        TestHttp.Response me = http.post("me", "{}", java.util.Map.of("Authorization", "Bearer " + token));
        ok(me);
        return UUID.fromString(me.json().path("id").asString());
    }

    /**
     * Ingest (into {@code campaign}, may be null), enrich with a draft (pending review), warm up, connect, reply,
     * book, queue two e-mails, claim and send one: every table gets a row about the prospect.
     */
    UUID prospectWithEverything(UUID user, UUID campaign, String name, String email, String url) {
        String u = "\"userId\":\"" + user + "\"";
        String c = campaign == null ? "" : ",\"campaignId\":\"" + campaign + "\"";
        ok(webhook.call("ingestProspects", "{" + u + c + ",\"prospects\":[{\"fullName\":\"" + name + "\",\"companyName\":\"Hyrule\","
                + "\"email\":\"" + email + "\",\"linkedinUrl\":\"" + url + "\"}]}"));
        UUID prospect = db.sql("SELECT id FROM prospects WHERE user_id = :u AND email = :e").bind("u", user).bind("e", email)
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
        return prospect;
    }

    static void ok(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    /** Every table in the schema whose rows, cast to text, contain the needle (case-insensitive). */
    List<String> tablesMentioning(String needle) {
        return baseTables().stream()
                .filter(table -> count("SELECT count(*) FROM " + quote(table) + " t WHERE t::text ILIKE '%' || :v || '%'", needle) > 0)
                .toList();
    }

    /** Every base table of the schema with a {@code user_id} column holding a row of that user. */
    List<String> tablesWithRowsOf(UUID user) {
        List<String> tables = db.sql("""
                        SELECT c.table_name FROM information_schema.columns c
                        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                        WHERE c.table_schema = 'public' AND c.column_name = 'user_id' AND t.table_type = 'BASE TABLE'""")
                .map(row -> row.get(0, String.class)).all().collectList().block();
        assertThat(tables).as("tables with a user_id column").contains("prospect_facts", "prospect_pipeline", "messages", "audit_entries");
        return tables.stream()
                .filter(table -> count("SELECT count(*) FROM " + quote(table) + " WHERE user_id = :v", user) > 0)
                .toList();
    }

    private List<String> baseTables() {
        return db.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
                .map(row -> row.get(0, String.class)).all().collectList().block();
    }

    private long count(String sql, Object value) {
        return db.sql(sql).bind("v", value).map(row -> ((Number) row.get(0)).longValue()).one().block();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
