package com.salesmachine.dashboard;

import com.salesmachine.activity.ActivityLog;
import com.salesmachine.dashboard.Fixtures.Account;
import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardHttpTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;
    @Autowired
    ActivityLog activityLog;
    Fixtures rows;
    Account seller;

    @BeforeEach
    void seller() {
        rows = new Fixtures(db);
        seller = Fixtures.signUp(http);
    }

    @Test
    void aNewAccountHasEmptyStatsTheDefaultLimitAndTheNeutralHealthScore() {
        var r = call(seller.token(), "dashboardStats", "{}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("healthScore").asInt()).isEqualTo(65);
        assertThat(r.json().path("prospectsTotal").asInt()).isZero();
        assertThat(r.json().path("replyRate").asDouble()).isZero();
        assertThat(r.json().path("dailyEmailLimit").asInt()).isEqualTo(20);
    }

    @Test
    void statsCountTheUsersOwnRowsOnly() {
        UUID a = rows.prospect(seller.id(), "Ana Lopez", "Acme", "contacted", null);
        UUID b = rows.prospect(seller.id(), "Bo Berg", "Initech", "engaged", null);
        rows.prospect(seller.id(), "Cy Chen", "Umbrella", "new", null);
        rows.prospect(seller.id(), "Di Diaz", "Hooli", "qualified", null);
        rows.execute("UPDATE prospects SET last_replied_at = now() WHERE id = :id", Map.of("id", b));
        rows.execute("UPDATE prospects SET created_at = now() - interval '30 days' WHERE id = :id", Map.of("id", a));
        rows.meeting(seller.id(), b, Instant.now().plus(1, ChronoUnit.DAYS), "scheduled");
        rows.meeting(seller.id(), b, Instant.now().plus(2, ChronoUnit.DAYS), "cancelled");
        rows.meeting(seller.id(), b, Instant.now().minus(2, ChronoUnit.DAYS), "completed");
        rows.reviewItem(seller.id(), a, "draft 1");
        rows.reviewItem(seller.id(), a, "draft 2");
        rows.outbound(seller.id(), a, "email", "sent", Instant.now(), Instant.now());
        rows.outbound(seller.id(), a, "email", "sending", Instant.now(), null);
        rows.outbound(seller.id(), a, "linkedin", "sending", Instant.now(), null);
        rows.outbound(seller.id(), a, "email", "queued", null, null);
        rows.outbound(seller.id(), a, "email", "sent", Instant.now().minus(3, ChronoUnit.DAYS), Instant.now().minus(3, ChronoUnit.DAYS));
        Account other = Fixtures.signUp(http);
        UUID foreign = rows.prospect(other.id(), "Ed Eng", "Globex", "engaged", null);
        rows.reviewItem(other.id(), foreign, "not mine");
        rows.meeting(other.id(), foreign, Instant.now().plus(1, ChronoUnit.DAYS), "scheduled");

        JsonNode s = call(seller.token(), "dashboardStats", "{}").json();

        assertThat(s.path("prospectsTotal").asInt()).isEqualTo(4);
        assertThat(s.path("prospectsThisWeek").asInt()).isEqualTo(3);
        assertThat(s.path("replyRate").asDouble()).isEqualTo(1.0 / 3);
        assertThat(s.path("meetingsUpcoming").asInt()).isEqualTo(1);
        assertThat(s.path("reviewPending").asInt()).isEqualTo(2);
        assertThat(s.path("emailsHandedOffToday").asInt()).isEqualTo(2);
        assertThat(s.path("dailyEmailLimit").asInt()).isEqualTo(20);
        // replies 40*(1/3)/0.2 capped at 40, backlog 20, delivery 25 (nothing failed), meetings 5
        assertThat(s.path("healthScore").asInt()).isEqualTo(90);
    }

    @Test
    void failedDeliveriesLowerTheHealthScore() {
        UUID a = rows.prospect(seller.id(), "Ana Lopez", "Acme");
        rows.outbound(seller.id(), a, "email", "failed", Instant.now(), null);

        // replies neutral 20 + backlog 20 + delivery 0 + meetings 0
        assertThat(call(seller.token(), "dashboardStats", "{}").json().path("healthScore").asInt()).isEqualTo(40);
    }

    @Test
    void emailsHandedOffTodayCountFromMidnightInTheUsersTimezone() {
        ZoneId zone = ZoneId.of("Pacific/Kiritimati"); // UTC+14: its day rarely matches UTC's
        rows.execute("UPDATE users SET timezone = :tz WHERE id = :id", Map.of("tz", zone.getId(), "id", seller.id()));
        UUID a = rows.prospect(seller.id(), "Ana Lopez", "Acme");
        Instant midnight = ZonedDateTime.now(zone).truncatedTo(ChronoUnit.DAYS).toInstant();
        rows.outbound(seller.id(), a, "email", "sent", midnight.plusSeconds(1), midnight.plusSeconds(2));
        rows.outbound(seller.id(), a, "email", "sent", midnight.minusSeconds(1), midnight.minusSeconds(1));

        assertThat(call(seller.token(), "dashboardStats", "{}").json().path("emailsHandedOffToday").asInt()).isEqualTo(1);
    }

    @Test
    void thePipelineListsEveryStatusInOrderWithZeros() {
        rows.prospect(seller.id(), "Ana Lopez", "Acme", "engaged", null);
        rows.prospect(seller.id(), "Bo Berg", "Initech", "engaged", null);
        rows.prospect(seller.id(), "Cy Chen", "Umbrella", "customer", null);
        rows.prospect(Fixtures.signUp(http).id(), "Ed Eng", "Globex", "engaged", null);

        JsonNode stages = call(seller.token(), "dashboardPipeline", "{}").json().path("stages");

        assertThat(stages.values().stream().map(s -> s.path("status").asString() + "=" + s.path("count").asInt()).toList())
                .containsExactly("new=0", "contacted=0", "engaged=2", "qualified=0", "meeting_booked=0",
                        "meeting_completed=0", "customer=1", "lost=0", "nurture=0", "unsubscribed=0");
    }

    @Test
    void thePipelineOfOneCampaignCountsOnlyItsProspects() {
        UUID campaign = rows.campaign(seller.id(), "Q3");
        rows.prospect(seller.id(), "Ana Lopez", "Acme", "engaged", campaign);
        rows.prospect(seller.id(), "Bo Berg", "Initech", "engaged", null);

        JsonNode stages = call(seller.token(), "dashboardPipeline", "{\"campaignId\":\"" + campaign + "\"}").json().path("stages");

        assertThat(stages.get(2).path("count").asInt()).isEqualTo(1);
        assertThat(stages.values().stream().mapToInt(s -> s.path("count").asInt()).sum()).isEqualTo(1);
    }

    @Test
    void anotherUsersCampaignIsNotFoundLikeAnUnknownOne() {
        Account other = Fixtures.signUp(http);
        UUID foreign = rows.campaign(other.id(), "Theirs");

        var r1 = call(seller.token(), "dashboardPipeline", "{\"campaignId\":\"" + foreign + "\"}");
        var r2 = call(seller.token(), "dashboardPipeline", "{\"campaignId\":\"" + UUID.randomUUID() + "\"}");

        assertThat(r1.status()).isEqualTo(404);
        assertThat(r2.status()).isEqualTo(404);
        assertThat(r1.json().path("error").path("message").asString()).isEqualTo(r2.json().path("error").path("message").asString());
        assertValidation(call(seller.token(), "dashboardPipeline", "{\"campaignId\":\"nope\"}"), "campaignId");
    }

    @Test
    void theActivityStreamIsNewestFirstAcrossPagesAndOnlyTheUsersOwn() {
        Instant t = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (int i = 0; i < 5; i++) {
            rows.activity(seller.id(), "prospect_added", "event " + i, t.minusSeconds(60 - i));
        }
        rows.activity(seller.id(), "prospect_added", "same time a", t);
        rows.activity(seller.id(), "prospect_added", "same time b", t);
        rows.activity(Fixtures.signUp(http).id(), "prospect_added", "someone else's", t.plusSeconds(1));

        List<String> summaries = new ArrayList<>();
        String cursor = null;
        do {
            String body = cursor == null ? "{\"limit\":3}" : "{\"limit\":3,\"cursor\":\"" + cursor + "\"}";
            JsonNode page = call(seller.token(), "activityStream", body).json();
            page.path("items").forEach(e -> summaries.add(e.path("summary").asString()));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asString();
        } while (cursor != null);

        assertThat(summaries).hasSize(7).doesNotContain("someone else's");
        assertThat(summaries.subList(2, 7)).containsExactly("event 4", "event 3", "event 2", "event 1", "event 0");
        assertThat(summaries.subList(0, 2)).containsExactlyInAnyOrder("same time a", "same time b");
    }

    @Test
    void theActivityStreamRejectsABadCursorOrLimit() {
        assertValidation(call(seller.token(), "activityStream", "{\"cursor\":\"!!\"}"), "cursor");
        assertValidation(call(seller.token(), "activityStream", "{\"limit\":101}"), "limit");
    }

    @Test
    void theActivityLogRecordsEventsWithAndWithoutAProspect() {
        UUID prospect = rows.prospect(seller.id(), "Ana Lopez", "Acme");
        activityLog.record(seller.id(), "prospect_added", prospect, "Ana Lopez added").block();
        activityLog.record(seller.id(), "settings_changed", null, "Settings changed").block();

        JsonNode items = call(seller.token(), "activityStream", "{}").json().path("items");

        assertThat(items.values().stream().map(e -> e.path("type").asString() + ":" + (e.path("prospectId").isNull() ? "null" : e.path("prospectId").asString())).toList())
                .containsExactlyInAnyOrder("prospect_added:" + prospect, "settings_changed:null");
    }
}
