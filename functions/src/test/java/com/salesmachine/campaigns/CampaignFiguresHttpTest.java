package com.salesmachine.campaigns;

import com.salesmachine.dashboard.Fixtures;
import com.salesmachine.support.ApplicationTest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignFiguresHttpTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    private static int stage(JsonNode figures, String status) {
        for (JsonNode s : figures.path("stages")) {
            if (s.path("status").asString().equals(status)) {
                return s.path("count").asInt();
            }
        }
        throw new AssertionError("no stage " + status + " in " + figures);
    }

    @Test
    void figuresCountEveryRowOfEachCampaignOnTheServer() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        UUID a = f.campaign(me.id(), "A");
        UUID b = f.campaign(me.id(), "B");
        UUID p1 = f.prospect(me.id(), "Ann", "X", "new", a);
        UUID p2 = f.prospect(me.id(), "Bob", "X", "contacted", a);
        UUID p3 = f.prospect(me.id(), "Cid", "X", "qualified", a);
        f.prospect(me.id(), "Dan", "X", "contacted", b);
        f.prospect(me.id(), "Eve", "X", "new", null);
        f.execute("UPDATE prospects SET last_replied_at = now() WHERE id = :id", Map.of("id", p3));
        f.message(me.id(), p2, "outbound", "hello", Instant.now());
        f.message(me.id(), p3, "outbound", "hello", Instant.now());
        f.message(me.id(), p3, "inbound", "thanks", Instant.now());
        UUID m1 = f.meeting(me.id(), p3, Instant.now().plus(1, ChronoUnit.DAYS), "scheduled");
        UUID m2 = f.meeting(me.id(), p1, Instant.now().plus(2, ChronoUnit.DAYS), "cancelled");
        f.execute("UPDATE meetings SET campaign_id = :c WHERE id = ANY(:ids)", Map.of("c", a, "ids", new UUID[] {m1, m2}));

        var r = call(me.token(), "campaignFigures", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("items").size()).isEqualTo(2);
        JsonNode fa = null;
        JsonNode fb = null;
        for (JsonNode item : r.json().path("items")) {
            if (item.path("campaignId").asString().equals(a.toString())) {
                fa = item;
            } else if (item.path("campaignId").asString().equals(b.toString())) {
                fb = item;
            }
        }
        assertThat(fa).isNotNull();
        assertThat(fb).isNotNull();
        assertThat(fa.path("stages").size()).isEqualTo(10);
        assertThat(stage(fa, "new")).isEqualTo(1);
        assertThat(stage(fa, "contacted")).isEqualTo(1);
        assertThat(stage(fa, "qualified")).isEqualTo(1);
        assertThat(stage(fa, "customer")).isZero();
        assertThat(fa.path("totalProspects").asInt()).isEqualTo(3);
        assertThat(fa.path("contacted").asInt()).isEqualTo(2);
        assertThat(fa.path("replied").asInt()).isEqualTo(1);
        assertThat(fa.path("replyRate").asDouble()).isEqualTo(0.5);
        assertThat(fa.path("messagesSent").asInt()).isEqualTo(2);
        assertThat(fa.path("meetingsBooked").asInt()).isEqualTo(1);
        assertThat(fb.path("totalProspects").asInt()).isEqualTo(1);
        assertThat(fb.path("messagesSent").asInt()).isZero();
        assertThat(fb.path("replyRate").asDouble()).isZero();

        var one = call(me.token(), "campaignFigures", "{\"campaignId\":\"" + b + "\"}");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("items").size()).isEqualTo(1);
        assertThat(one.json().path("items").get(0).path("campaignId").asString()).isEqualTo(b.toString());
    }

    @Test
    void anotherUsersCampaignIsNotFoundAndTheirRowsNeverCount() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        var other = Fixtures.signUp(http);
        UUID theirs = f.campaign(other.id(), "Theirs");
        f.prospect(other.id(), "Zed", "Y", "contacted", theirs);
        var r = call(me.token(), "campaignFigures", "{\"campaignId\":\"" + theirs + "\"}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("NOT_FOUND");
        var mine = call(me.token(), "campaignFigures", "{}");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().path("items").size()).isZero();
        assertValidation(call(me.token(), "campaignFigures", "{\"campaignId\":\"not-a-uuid\"}"), "campaignId");
    }

    @Test
    void reviewItemsAndMeetingsListByCampaign() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        UUID a = f.campaign(me.id(), "A");
        UUID inA = f.prospect(me.id(), "Ann", "X", "new", a);
        UUID outside = f.prospect(me.id(), "Bob", "X", "new", null);
        f.reviewItem(me.id(), inA, "for A");
        f.reviewItem(me.id(), outside, "for nobody");
        UUID m = f.meeting(me.id(), inA, Instant.now().plus(1, ChronoUnit.DAYS), "scheduled");
        f.meeting(me.id(), outside, Instant.now().plus(1, ChronoUnit.DAYS), "scheduled");
        f.execute("UPDATE meetings SET campaign_id = :c WHERE id = :id", Map.of("c", a, "id", m));

        var queue = call(me.token(), "listReviewQueue", "{\"campaignId\":\"" + a + "\"}");
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        assertThat(queue.json().path("items").size()).isEqualTo(1);
        assertThat(queue.json().path("items").get(0).path("proposedMessage").asString()).isEqualTo("for A");
        var meetings = call(me.token(), "listMeetings", "{\"when\":\"upcoming\",\"campaignId\":\"" + a + "\"}");
        assertThat(meetings.status()).as(meetings.body()).isEqualTo(200);
        assertThat(meetings.json().path("items").size()).isEqualTo(1);
        assertThat(meetings.json().path("items").get(0).path("id").asString()).isEqualTo(m.toString());
        var all = call(me.token(), "listMeetings", "{\"when\":\"upcoming\"}");
        assertThat(all.json().path("items").size()).isEqualTo(2);
    }
}
