package com.salesmachine.dashboard;

import com.salesmachine.support.ApplicationTest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
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
}
