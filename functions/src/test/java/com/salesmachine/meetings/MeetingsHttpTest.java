package com.salesmachine.meetings;

import com.salesmachine.dashboard.Fixtures;
import com.salesmachine.dashboard.Fixtures.Account;
import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;

import java.time.Instant;
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

class MeetingsHttpTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;
    Fixtures rows;
    Account seller;
    UUID prospect;
    Instant now;

    @BeforeEach
    void seller() {
        rows = new Fixtures(db);
        seller = Fixtures.signUp(http);
        prospect = rows.prospect(seller.id(), "Ana Lopez", "Acme");
        now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Test
    void upcomingMeetingsComeSoonestFirstAndPastOnesLatestFirstAcrossPages() {
        UUID inTwoDays = rows.meeting(seller.id(), prospect, now.plus(2, ChronoUnit.DAYS), "scheduled");
        UUID inOneHour = rows.meeting(seller.id(), prospect, now.plus(1, ChronoUnit.HOURS), "confirmed");
        UUID inOneDay = rows.meeting(seller.id(), prospect, now.plus(1, ChronoUnit.DAYS), "scheduled");
        UUID yesterday = rows.meeting(seller.id(), prospect, now.minus(1, ChronoUnit.DAYS), "completed");
        UUID lastWeek = rows.meeting(seller.id(), prospect, now.minus(7, ChronoUnit.DAYS), "no_show");

        assertThat(allPages("upcoming")).containsExactly(inOneHour.toString(), inOneDay.toString(), inTwoDays.toString());
        assertThat(allPages("past")).containsExactly(yesterday.toString(), lastWeek.toString());
    }

    @Test
    void aListedMeetingNamesItsProspectAndCompany() {
        rows.meeting(seller.id(), prospect, now.plus(1, ChronoUnit.DAYS), "scheduled");

        JsonNode m = call(seller.token(), "listMeetings", "{\"when\":\"upcoming\"}").json().path("items").get(0);

        assertThat(m.path("prospectName").asString()).isEqualTo("Ana Lopez");
        assertThat(m.path("companyName").asString()).isEqualTo("Acme");
        assertThat(m.path("prospectId").asString()).isEqualTo(prospect.toString());
        assertThat(m.path("status").asString()).isEqualTo("scheduled");
        assertThat(m.path("durationMinutes").asInt()).isEqualTo(30);
    }

    @Test
    void anotherUsersMeetingsAreNeverListed() {
        rows.meeting(seller.id(), prospect, now.plus(1, ChronoUnit.DAYS), "scheduled");
        Account other = Fixtures.signUp(http);

        assertThat(call(other.token(), "listMeetings", "{\"when\":\"upcoming\"}").json().path("items").size()).isZero();
    }

    @Test
    void listingNeedsAKnownWhenAndAGoodCursor() {
        assertValidation(call(seller.token(), "listMeetings", "{}"), "when");
        assertValidation(call(seller.token(), "listMeetings", "{\"when\":\"tomorrow\"}"), "when");
        assertValidation(call(seller.token(), "listMeetings", "{\"when\":\"past\",\"cursor\":\"xyz\"}"), "cursor");
        assertValidation(call(seller.token(), "listMeetings", "{\"when\":\"past\",\"limit\":0}"), "limit");
    }

    @Test
    void aMeetingComesWithItsProspectAndTheLastTenMessagesOldestFirst() {
        UUID id = rows.meeting(seller.id(), prospect, now.plus(1, ChronoUnit.DAYS), "scheduled");
        for (int i = 1; i <= 12; i++) {
            rows.message(seller.id(), prospect, i % 2 == 0 ? "inbound" : "outbound", "message " + i,
                    now.minus(13 - i, ChronoUnit.HOURS));
        }

        var r = call(seller.token(), "getMeeting", "{\"id\":\"" + id + "\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("title").asString()).isEqualTo("Discovery call");
        assertThat(r.json().path("prospect").path("fullName").asString()).isEqualTo("Ana Lopez");
        assertThat(r.json().path("prospect").path("status").asString()).isEqualTo("new");
        List<String> texts = r.json().path("recentMessages").values().stream().map(m -> m.path("text").asString()).toList();
        assertThat(texts).hasSize(10).first().isEqualTo("message 3");
        assertThat(texts).last().isEqualTo("message 12");
        assertThat(r.json().path("recentMessages").get(9).path("direction").asString()).isEqualTo("inbound");
    }

    @Test
    void anotherUsersMeetingIsNotFoundLikeAnUnknownOne() {
        UUID id = rows.meeting(seller.id(), prospect, now.plus(1, ChronoUnit.DAYS), "scheduled");
        Account other = Fixtures.signUp(http);

        for (String fn : List.of("getMeeting", "cancelMeeting")) {
            var foreign = call(other.token(), fn, "{\"id\":\"" + id + "\"}");
            var unknown = call(other.token(), fn, "{\"id\":\"" + UUID.randomUUID() + "\"}");
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(foreign.json().path("error").path("message").asString())
                    .isEqualTo(unknown.json().path("error").path("message").asString());
        }
        assertThat(rows.count("SELECT count(*) FROM meetings WHERE id = :id AND status = 'scheduled'", Map.of("id", id)))
                .isEqualTo(1);
    }

    @Test
    void gettingOrCancellingNeedsAnId() {
        assertValidation(call(seller.token(), "getMeeting", "{}"), "id");
        assertValidation(call(seller.token(), "cancelMeeting", "{\"id\":\"42\"}"), "id");
    }

    @Test
    void aScheduledOrConfirmedMeetingCanBeCancelledWithAReason() {
        UUID scheduled = rows.meeting(seller.id(), prospect, now.plus(1, ChronoUnit.DAYS), "scheduled");
        UUID confirmed = rows.meeting(seller.id(), prospect, now.plus(2, ChronoUnit.DAYS), "confirmed");

        var first = call(seller.token(), "cancelMeeting", "{\"id\":\"" + scheduled + "\",\"reason\":\"Prospect asked\"}");
        var second = call(seller.token(), "cancelMeeting", "{\"id\":\"" + confirmed + "\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("status").asString()).isEqualTo("cancelled");
        assertThat(first.json().path("cancellationReason").asString()).isEqualTo("Prospect asked");
        assertThat(second.json().path("status").asString()).isEqualTo("cancelled");
        assertThat(rows.count("SELECT count(*) FROM activity_events WHERE user_id = :u AND type = 'meeting_cancelled'",
                Map.of("u", seller.id()))).isEqualTo(2);
    }

    @Test
    void aMeetingInAnyOtherStateCannotBeCancelled() {
        for (String status : List.of("completed", "cancelled", "no_show", "rescheduled")) {
            UUID id = rows.meeting(seller.id(), prospect, now.minus(1, ChronoUnit.DAYS), status);

            var r = call(seller.token(), "cancelMeeting", "{\"id\":\"" + id + "\"}");

            assertThat(r.status()).as(status).isEqualTo(409);
            assertThat(r.errorCode()).isEqualTo("CONFLICT");
            assertThat(rows.count("SELECT count(*) FROM meetings WHERE id = :id AND status = :s",
                    Map.of("id", id, "s", status))).isEqualTo(1);
        }
    }

    private List<String> allPages(String when) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            String body = "{\"when\":\"" + when + "\",\"limit\":2" + (cursor == null ? "" : ",\"cursor\":\"" + cursor + "\"") + "}";
            var page = call(seller.token(), "listMeetings", body);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().path("items").forEach(m -> ids.add(m.path("id").asString()));
            cursor = page.json().path("nextCursor").isNull() ? null : page.json().path("nextCursor").asString();
        } while (cursor != null);
        return ids;
    }
}
