package com.salesmachine.dashboard;

import com.salesmachine.support.ApplicationTest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyRateHttpTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    @Test
    void weeklyRateIsProspectsWhoAnsweredOverProspectsWrittenToThatWeek() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        var other = Fixtures.signUp(http);
        ZoneId zone = ZoneId.of("UTC");
        LocalDate thisMonday = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastWeekTuesday = thisMonday.minusWeeks(1).plusDays(1);
        UUID a = f.prospect(me.id(), "A", "X");
        UUID b = f.prospect(me.id(), "B", "X");
        UUID c = f.prospect(me.id(), "C", "X");
        var at = lastWeekTuesday.atTime(10, 0).atZone(zone).toInstant();
        f.message(me.id(), a, "outbound", "hi", at);
        f.message(me.id(), a, "outbound", "hi again", at.plusSeconds(60));
        f.message(me.id(), b, "outbound", "hi", at);
        f.message(me.id(), c, "outbound", "hi", at);
        f.message(me.id(), a, "inbound", "thanks", at.plusSeconds(3600));
        UUID theirs = f.prospect(other.id(), "Z", "Y");
        f.message(other.id(), theirs, "outbound", "hi", at);

        var r = call(me.token(), "replyRate", "{\"weeks\":4}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode weeks = r.json().path("weeks");
        assertThat(weeks.size()).isEqualTo(4);
        assertThat(weeks.get(3).path("weekStart").asString()).isEqualTo(thisMonday.toString());
        JsonNode last = weeks.get(2);
        assertThat(last.path("weekStart").asString()).isEqualTo(thisMonday.minusWeeks(1).toString());
        assertThat(last.path("contacted").asInt()).isEqualTo(3);
        assertThat(last.path("replied").asInt()).isEqualTo(1);
        assertThat(last.path("rate").asDouble()).isEqualTo(1.0 / 3);
        assertThat(weeks.get(0).path("rate").asDouble()).isZero();
        assertValidation(call(me.token(), "replyRate", "{\"weeks\":0}"), "weeks");
        assertValidation(call(me.token(), "replyRate", "{\"weeks\":105}"), "weeks");
    }

    @Test
    void weeksStartOnMondayMidnightInTheUsersZoneAndMessagesOutsideTheWeeksAreNotCounted() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        ZoneId zone = ZoneId.of("America/Los_Angeles");
        f.execute("UPDATE users SET timezone = 'America/Los_Angeles' WHERE id = :user", Map.of("user", me.id()));
        LocalDate thisMonday = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var mondayMidnight = thisMonday.atStartOfDay(zone).toInstant();
        UUID before = f.prospect(me.id(), "Sunday night", "X");
        UUID after = f.prospect(me.id(), "Monday morning", "X");
        UUID early = f.prospect(me.id(), "Too early", "X");
        UUID late = f.prospect(me.id(), "Next week", "X");
        f.message(me.id(), before, "outbound", "hi", mondayMidnight.minusSeconds(1));  // last week, in the zone
        f.message(me.id(), after, "outbound", "hi", mondayMidnight);                   // this week
        f.message(me.id(), after, "inbound", "hello", mondayMidnight.plusSeconds(60));
        // before the first of the 2 weeks asked, and on next Monday: neither is counted
        f.message(me.id(), early, "outbound", "hi", thisMonday.minusWeeks(1).atStartOfDay(zone).toInstant().minusSeconds(1));
        f.message(me.id(), late, "outbound", "hi", thisMonday.plusWeeks(1).atStartOfDay(zone).toInstant());

        var r = call(me.token(), "replyRate", "{\"weeks\":2}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("timezone").asString()).isEqualTo("America/Los_Angeles");
        JsonNode weeks = r.json().path("weeks");
        assertThat(weeks.get(0).path("weekStart").asString()).isEqualTo(thisMonday.minusWeeks(1).toString());
        assertThat(weeks.get(0).path("contacted").asInt()).isEqualTo(1);
        assertThat(weeks.get(0).path("replied").asInt()).isZero();
        assertThat(weeks.get(1).path("weekStart").asString()).isEqualTo(thisMonday.toString());
        assertThat(weeks.get(1).path("contacted").asInt()).isEqualTo(1);
        assertThat(weeks.get(1).path("replied").asInt()).isEqualTo(1);
    }
}
