package com.salesmachine.dashboard;

import com.salesmachine.support.ApplicationTest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityPerDayHttpTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    @Test
    void everyEventCountsOnItsDayInTheUsersTimeZoneNotJustTheFirstPage() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        var other = Fixtures.signUp(http);
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        f.execute("UPDATE users SET timezone = 'Asia/Tokyo' WHERE id = :user", Map.of("user", me.id()));
        LocalDate today = LocalDate.now(tokyo);
        // 120 events three days ago (more than any page of the stream), 1 just after local midnight today
        ZonedDateTime threeDaysAgoNoon = today.minusDays(3).atTime(12, 0).atZone(tokyo);
        for (int i = 0; i < 120; i++) {
            f.activity(me.id(), "prospect_added", "e" + i, threeDaysAgoNoon.toInstant().plusSeconds(i));
        }
        Instant justAfterMidnight = today.atStartOfDay(tokyo).toInstant().plusSeconds(60);
        if (justAfterMidnight.isBefore(Instant.now())) {
            f.activity(me.id(), "prospect_added", "midnight", justAfterMidnight);
        }
        f.activity(me.id(), "prospect_added", "too old", today.minusDays(30).atStartOfDay(tokyo).toInstant());
        f.activity(other.id(), "prospect_added", "theirs", threeDaysAgoNoon.toInstant());

        var r = call(me.token(), "activityPerDay", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode days = r.json().path("days");
        assertThat(r.json().path("timezone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(days.size()).isEqualTo(14);
        assertThat(days.get(13).path("day").asString()).isEqualTo(today.toString());
        assertThat(days.get(10).path("day").asString()).isEqualTo(today.minusDays(3).toString());
        assertThat(days.get(10).path("count").asInt()).isEqualTo(120);
        assertThat(days.get(13).path("count").asInt()).isEqualTo(justAfterMidnight.isBefore(Instant.now()) ? 1 : 0);
        int total = 0;
        for (JsonNode d : days) {
            total += d.path("count").asInt();
        }
        assertThat(total).isEqualTo(120 + days.get(13).path("count").asInt());

        var week = call(me.token(), "activityPerDay", "{\"days\":3}");
        assertThat(week.json().path("days").size()).isEqualTo(3);
        var fresh = call(Fixtures.signUp(http).token(), "activityPerDay", "{\"days\":2}");
        assertThat(fresh.status()).isEqualTo(200);
        assertThat(fresh.json().path("days").get(1).path("count").asInt()).isZero();
        assertValidation(call(me.token(), "activityPerDay", "{\"days\":0}"), "days");
        assertValidation(call(me.token(), "activityPerDay", "{\"days\":367}"), "days");
    }

    /**
     * Around every clock change of the last year and the last local midnights, each event counts on its own local
     * date (java.time's answer): Havana's midnight is skipped in March and occurs twice in November, Kolkata is
     * 5:30 ahead of UTC, Lord Howe moves its clocks by 30 minutes.
     */
    @Test
    void aDayStartsAtTheFirstInstantOfItsLocalDateAcrossClockChanges() {
        Fixtures f = new Fixtures(db);
        for (String name : List.of("America/Havana", "Asia/Kolkata", "Australia/Lord_Howe")) {
            ZoneId zone = ZoneId.of(name);
            var me = Fixtures.signUp(http);
            f.execute("UPDATE users SET timezone = :tz WHERE id = :user", Map.of("tz", name, "user", me.id()));
            Instant now = Instant.now();
            LocalDate today = LocalDate.now(zone);
            List<Instant> edges = new ArrayList<>();
            for (ZoneOffsetTransition t = zone.getRules().previousTransition(now);
                 t != null && t.getInstant().isAfter(now.minus(366, ChronoUnit.DAYS));
                 t = zone.getRules().previousTransition(t.getInstant())) {
                edges.add(t.getInstant());
            }
            for (int i = 0; i < 3; i++) {
                edges.add(today.minusDays(i).atStartOfDay(zone).toInstant());
            }
            Map<LocalDate, Integer> expected = new TreeMap<>();
            int n = 0;
            for (Instant edge : edges) {
                for (long minutes : new long[] {-61, -31, -1, 0, 1, 31, 61}) {
                    Instant at = edge.plus(minutes, ChronoUnit.MINUTES);
                    LocalDate day = LocalDate.ofInstant(at, zone);
                    if (at.isBefore(now) && !day.isBefore(today.minusDays(365))) {
                        f.activity(me.id(), "prospect_added", "edge " + n++, at);
                        expected.merge(day, 1, Integer::sum);
                    }
                }
            }
            var r = call(me.token(), "activityPerDay", "{\"days\":366}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            Map<LocalDate, Integer> counted = new TreeMap<>();
            for (JsonNode d : r.json().path("days")) {
                if (d.path("count").asInt() > 0) {
                    counted.put(LocalDate.parse(d.path("day").asString()), d.path("count").asInt());
                }
            }
            assertThat(n).as(name).isGreaterThan(20);
            assertThat(counted).as(name).isEqualTo(expected);
        }
    }
}
