package com.salesmachine.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

/** listWork: the engine's to-do list, read-only, scoped by userId, signed like every integration call. */
class ListWorkTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    @Test
    void itListsActiveCampaignsWithTodaysDetectionBudgetNewProspectsToEnrichAndUnfinishedWarmups() {
        Fixtures fx = new Fixtures(db);
        Webhook webhook = new Webhook(http, Instant::now);
        UUID user = fx.user("Pacific/Auckland", "{\"warmup\":{\"minDays\":9,\"maxDays\":12,\"dailyActionLimit\":12}}");
        UUID active = fx.campaign(user);
        UUID paused = fx.campaign(user);
        db.sql("UPDATE campaigns SET status = CASE WHEN id = :a THEN 'active' ELSE 'paused' END WHERE user_id = :u")
                .bind("a", active).bind("u", user).then().block();
        UUID withEmailOnly = fx.prospect(user, "Ema Il", "ema-" + UUID.randomUUID() + "@example.com", null);
        UUID withLinkedin = fx.prospect(user);

        String body = "{\"userId\":\"" + user + "\",\"campaignId\":\"" + active + "\",\"prospects\":["
                + "{\"fullName\":\"A\",\"companyName\":\"C\",\"email\":\"a-" + UUID.randomUUID() + "@example.com\"},"
                + "{\"fullName\":\"B\",\"companyName\":\"C\",\"email\":\"b-" + UUID.randomUUID() + "@example.com\"}]}";
        assertThat(webhook.call("ingestProspects", body).status()).isEqualTo(200);

        TestHttp.Response r = webhook.call("listWork", "{\"userId\":\"" + user + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode work = r.json();
        assertThat(work.path("campaigns")).hasSize(1);
        assertThat(work.path("campaigns").get(0).path("campaignId").asString()).isEqualTo(active.toString());
        assertThat(work.path("campaigns").get(0).path("detectionRemaining").asInt()).isEqualTo(WorkList.DAILY_DETECTION_LIMIT - 2);
        assertThat(work.path("campaigns").get(0).path("icpCriteria").path("jobTitles").isArray()).isTrue();
        assertThat(work.path("toEnrich")).hasSize(4);
        assertThat(work.path("toWarmUp")).hasSize(1);
        JsonNode warmup = work.path("toWarmUp").get(0);
        assertThat(warmup.path("prospectId").asString()).isEqualTo(withLinkedin.toString());
        assertThat(warmup.path("day").asInt()).isEqualTo(1);
        assertThat(warmup.path("plannedDays").asInt()).isEqualTo(9);
        assertThat(warmup.path("actionLimit").asInt()).isEqualTo(12);
        assertThat(warmup.path("connectionStatus").asString()).isEqualTo("none");

        String enrich = "{\"userId\":\"" + user + "\",\"prospectId\":\"" + withEmailOnly + "\",\"enrichment\":{\"talkingPoints\":[\"x\"]}}";
        assertThat(webhook.call("ingestEnrichment", enrich).status()).isEqualTo(200);
        String warm = "{\"userId\":\"" + user + "\",\"prospectId\":\"" + withLinkedin + "\",\"likes\":3,\"comments\":1,\"day\":1}";
        assertThat(webhook.call("recordWarmup", warm).status()).isEqualTo(200);

        JsonNode after = webhook.call("listWork", "{\"userId\":\"" + user + "\",\"limit\":10}").json();
        assertThat(after.path("toEnrich")).hasSize(3);
        assertThat(after.path("toEnrich").findValuesAsString("prospectId")).doesNotContain(withEmailOnly.toString());
        assertThat(after.path("toWarmUp").get(0).path("likesToday").asInt()).isEqualTo(3);
        assertThat(after.path("toWarmUp").get(0).path("commentsToday").asInt()).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM integration_deliveries WHERE user_id = :u AND function_name = 'listWork'", "u", user))
                .isZero();
    }

    @Test
    void anUnknownUserIsNotFoundAndABadSignatureIsUnauthorized() {
        Webhook webhook = new Webhook(http, Instant::now);
        assertThat(webhook.call("listWork", "{\"userId\":\"" + UUID.randomUUID() + "\"}").status()).isEqualTo(404);
        String now = String.valueOf(Instant.now().getEpochSecond());
        assertThat(webhook.send("listWork", "{}", now, Webhook.signature("wrong", now, "listWork", "w-1", "{}"), "w-1").status())
                .isEqualTo(401);
        assertThat(webhook.call("listWork", "{\"limit\":0}").status()).isEqualTo(422);
    }
}
