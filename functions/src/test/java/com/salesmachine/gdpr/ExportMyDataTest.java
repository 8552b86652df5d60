package com.salesmachine.gdpr;

import static com.salesmachine.gdpr.Traces.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

/** exportMyData: every row the user owns, in the contract's shapes, and nobody else's. */
class ExportMyDataTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    @Test
    void theExportHoldsTheCampaignsProspectsWithTheirWholeStoryTemplatesActivityAndEverythingElseTheUserOwns() {
        String token = newUser();
        UUID user = idOf(token);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Traces traces = new Traces(http, db);
        TestHttp.Response campaign = call(token, "createCampaign", "{\"name\":\"Export campaign " + tag + "\"}");
        ok(campaign);
        UUID campaignId = UUID.fromString(campaign.json().path("id").asString());
        UUID prospect = traces.prospectWithEverything(user, campaignId, "Ada Export" + tag, "ada." + tag + "@export.example",
                "https://www.linkedin.com/in/ada-" + tag);
        ok(call(token, "createTemplate", "{\"name\":\"Mine " + tag + "\",\"channel\":\"email\",\"subject\":\"Hi {{firstName}}\","
                + "\"body\":\"About {{companyName}}\"}"));
        ok(call(token, "saveOnboardingStep", "{\"step\":\"limits\",\"data\":{\"dailyEmailLimit\":15,\"aiConfidenceThreshold\":70}}"));
        TestHttp.Response view = call(token, "saveView", "{\"name\":\"Warm CTOs " + tag + "\",\"filter\":{\"campaignId\":\""
                + campaignId + "\",\"status\":[\"engaged\",\"qualified\"],\"vip\":true,\"jobTitle\":\"cto\","
                + "\"createdFrom\":\"2025-01-01T00:00:00Z\"},\"sort\":\"activity_desc\"}");
        ok(view);
        ok(call(token, "saveView", "{\"name\":\"all " + tag + "\",\"filter\":{}}"));
        TestHttp.Response erased = call(token, "createProspect", "{\"fullName\":\"Gone Soon\",\"companyName\":\"X\",\"email\":\"gone-" + tag + "@x.example\"}");
        ok(erased);
        ok(call(token, "deleteProspect", "{\"id\":\"" + erased.json().path("id").asString() + "\"}"));

        TestHttp.Response r = call(token, "exportMyData", "{}");

        ok(r);
        JsonNode e = r.json();
        assertThat(e.path("exportedAt").asString()).isNotBlank();
        assertThat(e.path("user").path("id").asString()).isEqualTo(user.toString());
        assertThat(e.path("user").path("fullName").asString()).isEqualTo("Test User");
        assertThat(e.path("settings").path("timezone").asString()).isEqualTo("UTC");
        assertThat(e.path("settings").path("mode").asString()).isEqualTo("semi_automatic");
        assertThat(e.path("onboarding").path("limits").path("dailyEmailLimit").asInt()).isEqualTo(15);

        assertThat(e.path("campaigns")).hasSize(1);
        JsonNode c = e.path("campaigns").get(0);
        assertThat(c.path("id").asString()).isEqualTo(campaignId.toString());
        assertThat(c.path("status").asString()).isEqualTo("draft");
        assertThat(c.path("stats").path("totalProspects").asInt()).isEqualTo(1);
        assertThat(c.path("stats").path("meetingsBooked").asInt()).isEqualTo(1);
        assertThat(c.path("icpCriteria").path("industries").isArray()).isTrue();

        assertThat(e.path("prospects")).hasSize(1);
        JsonNode p = e.path("prospects").get(0);
        assertThat(p.path("id").asString()).isEqualTo(prospect.toString());
        assertThat(p.path("campaignId").asString()).isEqualTo(campaignId.toString());
        assertThat(p.path("fullName").asString()).isEqualTo("Ada Export" + tag);
        assertThat(p.path("status").asString()).isEqualTo("meeting_booked");
        assertThat(p.path("source").asString()).isEqualTo("integration");
        assertThat(p.path("isVip").isBoolean()).isTrue();
        assertThat(p.path("enrichment").path("recentActivity").asString()).isEqualTo("Ada Export" + tag + " posted");
        assertThat(p.path("enrichment").path("talkingPoints").isArray()).isTrue();
        assertThat(p.path("enrichment").path("companyData").isObject()).isTrue();
        assertThat(texts(p.path("messages"), "direction")).containsExactly("inbound", "outbound");
        assertThat(p.path("messages").get(1).path("text").asString()).startsWith("Dear Ada Export" + tag);
        assertThat(p.path("messages").get(1).path("aiGenerated").isBoolean()).isTrue();
        assertThat(p.path("meetings")).hasSize(1);
        assertThat(p.path("meetings").get(0).path("title").asString()).isEqualTo("Call with Ada Export" + tag);
        assertThat(p.path("meetings").get(0).path("prospectName").asString()).isEqualTo("Ada Export" + tag);
        assertThat(p.path("meetings").get(0).path("scheduledAt").asString()).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(p.path("pendingReviews")).hasSize(1);
        assertThat(p.path("pendingReviews").get(0).path("prospect").path("id").asString()).isEqualTo(prospect.toString());
        assertThat(p.path("warmup").path("likes").asInt()).isEqualTo(1);
        assertThat(p.path("warmup").path("connectionStatus").asString()).isEqualTo("accepted");

        assertThat(e.path("reviewItems")).hasSize(1);
        assertThat(e.path("reviewItems").get(0).path("status").asString()).isEqualTo("pending");
        assertThat(e.path("reviewItems").get(0).path("proposedMessage").asString()).isEqualTo("Hi Ada Export" + tag);

        assertThat(e.path("templates")).hasSize(1);
        JsonNode t = e.path("templates").get(0);
        assertThat(t.path("name").asString()).isEqualTo("Mine " + tag);
        assertThat(texts(t.path("variables"), null)).containsExactly("firstName", "companyName");
        assertThat(t.path("system").asBoolean()).isFalse();

        // saved views (V80, owned by prospects), by name as listSavedViews answers them
        assertThat(texts(e.path("savedViews"), "name")).containsExactly("all " + tag, "Warm CTOs " + tag);
        JsonNode v = e.path("savedViews").get(1);
        assertThat(v.path("id").asString()).isEqualTo(view.json().path("id").asString());
        assertThat(v.path("sort").asString()).isEqualTo("activity_desc");
        assertThat(v.path("createdAt").asString()).isNotBlank();
        assertThat(v.path("filter").path("campaignId").asString()).isEqualTo(campaignId.toString());
        assertThat(texts(v.path("filter").path("status"), null)).containsExactly("engaged", "qualified");
        assertThat(v.path("filter").path("vip").asBoolean()).isTrue();
        assertThat(v.path("filter").path("jobTitle").asString()).isEqualTo("cto");
        assertThat(v.path("filter").path("createdFrom").asString()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(e.path("savedViews").get(0).path("sort").asString()).isEqualTo("created_desc");

        assertThat(texts(e.path("activity"), "type")).contains("prospects_ingested", "reply_received", "meeting_booked",
                "message_sent");
        assertThat(texts(e.path("outbox"), "status")).containsExactlyInAnyOrder("sent", "sending");
        assertThat(e.path("warmupDays")).hasSize(1);
        assertThat(e.path("warmupDays").get(0).path("day").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(e.path("warmupDays").get(0).path("likes").asInt()).isEqualTo(1);
        assertThat(texts(e.path("auditEntries"), "action")).containsExactly("prospect.erased");
        assertThat(texts(e.path("integrationDeliveries"), "functionName")).contains("ingestProspects", "ingestEnrichment",
                "recordWarmup", "recordConnectionStatus", "recordInboundReply", "recordMeetingBooked");
        assertThat(e.path("sessions")).hasSize(1);
        assertThat(e.path("sessions").get(0).path("current").asBoolean()).isTrue();
        assertThat(r.body()).doesNotContain("password", "Gone Soon", "$2a$");
    }

    @Test
    void anotherUsersRowsNeverAppearInTheExport() {
        String mine = newUser();
        String theirs = newUser();
        UUID them = idOf(theirs);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        TestHttp.Response theirCampaign = call(theirs, "createCampaign", "{\"name\":\"Theirs " + tag + "\"}");
        ok(theirCampaign);
        new Traces(http, db).prospectWithEverything(them, UUID.fromString(theirCampaign.json().path("id").asString()),
                "Bob Other" + tag, "bob." + tag + "@other.example", "https://www.linkedin.com/in/bob-" + tag);
        ok(call(theirs, "createTemplate", "{\"name\":\"Their template " + tag + "\",\"channel\":\"linkedin\",\"body\":\"Hey\"}"));
        ok(call(theirs, "saveView", "{\"name\":\"Their view " + tag + "\",\"filter\":{}}"));
        ok(call(mine, "createCampaign", "{\"name\":\"Mine " + tag + "\"}"));

        TestHttp.Response r = call(mine, "exportMyData", "{}");

        ok(r);
        assertThat(r.json().path("campaigns")).hasSize(1);
        assertThat(r.json().path("savedViews").isArray()).isTrue();
        assertThat(r.json().path("savedViews")).isEmpty();
        assertThat(r.body()).doesNotContain(them.toString(), tag + "@other", "Bob Other", "Theirs " + tag, "Their template",
                "Their view");
    }

    @Test
    void anEmptyAccountExportsItsProfileAndEmptyLists() {
        String token = newUser();

        TestHttp.Response r = call(token, "exportMyData", "{}");

        ok(r);
        JsonNode e = r.json();
        assertThat(e.path("user").path("email").asString()).startsWith("user-");
        assertThat(e.path("settings").path("dailyEmailLimit").asInt()).isEqualTo(20);
        assertThat(e.path("onboarding").isObject()).isTrue();
        for (String list : List.of("campaigns", "prospects", "reviewItems", "templates", "savedViews", "activity", "outbox",
                "warmupDays", "auditEntries", "integrationDeliveries")) {
            assertThat(e.path(list).isArray()).as(list).isTrue();
            assertThat(e.path(list)).as(list).isEmpty();
        }
        assertThat(e.path("sessions")).hasSize(1);
    }

    @Test
    void activityAndAuditEntriesAreExportedOldestFirstWithEveryFieldOfTheirShape() {
        String token = newUser();
        TestHttp.Response a = call(token, "createProspect", "{\"fullName\":\"Order A\",\"companyName\":\"X\",\"email\":\"a-"
                + UUID.randomUUID() + "@x.example\"}");
        TestHttp.Response b = call(token, "createProspect", "{\"fullName\":\"Order B\",\"companyName\":\"X\",\"email\":\"b-"
                + UUID.randomUUID() + "@x.example\"}");
        ok(a);
        ok(b);
        String first = a.json().path("id").asString();
        String second = b.json().path("id").asString();
        ok(call(token, "bulkSetProspectVip", "{\"selection\":{\"ids\":[\"" + first + "\"]},\"vip\":true}"));
        ok(call(token, "deleteProspect", "{\"id\":\"" + second + "\"}"));

        TestHttp.Response r = call(token, "exportMyData", "{}");

        ok(r);
        JsonNode audit = r.json().path("auditEntries");
        assertThat(texts(audit, "action")).containsExactly("prospects.bulk_marked_vip", "prospect.erased");
        assertThat(texts(audit, "actor")).containsExactly("user", "user");
        assertThat(texts(audit, "entityType")).containsExactly("prospect", "prospect");
        assertThat(audit.get(0).path("entityId").isNull()).isTrue();
        assertThat(audit.get(0).path("details").path("count").asInt()).isEqualTo(1);
        assertThat(texts(audit.get(0).path("details").path("ids"), null)).containsExactly(first);
        assertThat(audit.get(1).path("entityId").asString()).isEqualTo(second);
        assertThat(Instant.parse(audit.get(0).path("at").asString())).isBeforeOrEqualTo(audit.get(1).path("at").asString());
        JsonNode activity = r.json().path("activity");
        assertThat(texts(activity, "type")).contains("prospects_bulk_changed");
        assertThat(texts(activity, "at").stream().map(Instant::parse).toList()).hasSizeGreaterThan(1).isSorted();
        for (JsonNode event : activity) {
            assertThat(event.path("id").asString()).isNotBlank();
            assertThat(event.path("summary").asString()).isNotBlank();
            assertThat(event.has("prospectId")).isTrue();
        }
    }

    @Test
    void withoutASessionTheExportIsUnauthorized() {
        TestHttp.Response r = http.post("exportMyData", "{}");

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().path("error").path("code").asString()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void anAccountAboveTheRowCapIsRefusedWithAConflictInsteadOfExhaustingMemory() {
        String token = newUser();
        db.sql("""
                        INSERT INTO activity_events (user_id, type, summary)
                        SELECT :u, 'bulk_test', 'row ' || g FROM generate_series(1, :n) g""")
                .bind("u", idOf(token)).bind("n", AccountExport.MAX_ROWS + 1)
                .then().block();

        TestHttp.Response r = call(token, "exportMyData", "{}");

        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.json().path("error").path("message").asString()).contains(String.valueOf(AccountExport.MAX_ROWS + 1));
    }

    private UUID idOf(String token) {
        return new Traces(http, db).userOf(token);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            values.add(field == null ? item.asString() : item.path(field).asString());
        }
        return values;
    }
}
