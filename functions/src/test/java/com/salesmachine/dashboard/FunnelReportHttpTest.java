package com.salesmachine.dashboard;

import com.salesmachine.support.ApplicationTest;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class FunnelReportHttpTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    private static JsonNode group(JsonNode report, String key) {
        for (JsonNode g : report.path("groups")) {
            if (g.path("key").asString().equals(key)) {
                return g;
            }
        }
        throw new AssertionError("no group " + key + " in " + report);
    }

    private static int reached(JsonNode group, String status) {
        for (JsonNode s : group.path("steps")) {
            if (s.path("status").asString().equals(status)) {
                return s.path("reached").asInt();
            }
        }
        throw new AssertionError(status);
    }

    @Test
    void funnelsByCampaignAndByChannelOverADateRangeCountOnlyTheCallersProspects() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        var other = Fixtures.signUp(http);
        UUID a = f.campaign(me.id(), "Alpha");
        f.prospect(me.id(), "N1", "X", "new", a);
        f.prospect(me.id(), "N2", "X", "new", a);
        f.prospect(me.id(), "C1", "X", "contacted", a);
        f.prospect(me.id(), "Q1", "X", "qualified", a);
        f.prospect(me.id(), "L1", "X", "lost", a);
        f.prospect(me.id(), "Free", "X", "engaged", null);
        UUID old = f.prospect(me.id(), "Old", "X", "customer", a);
        f.execute("UPDATE prospects SET created_at = now() - interval '60 days' WHERE id = :id", Map.of("id", old));
        f.execute("UPDATE prospects SET linkedin_url = 'https://www.linkedin.com/in/q1' WHERE full_name = 'Q1' AND user_id = :u",
                Map.of("u", me.id()));
        f.prospect(other.id(), "Theirs", "Y", "customer", f.campaign(other.id(), "Theirs"));

        String lastMonth = java.time.Instant.now().minus(java.time.Duration.ofDays(30)).toString();
        var r = call(me.token(), "funnelReport", "{\"by\":\"campaign\",\"from\":\"" + lastMonth + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode alpha = group(r.json(), a.toString());
        assertThat(alpha.path("label").asString()).isEqualTo("Alpha");
        assertThat(alpha.path("total").asInt()).isEqualTo(5);
        assertThat(alpha.path("outside").asInt()).isEqualTo(1);
        assertThat(reached(alpha, "new")).isEqualTo(4);
        assertThat(reached(alpha, "contacted")).isEqualTo(2);
        assertThat(reached(alpha, "qualified")).isEqualTo(1);
        assertThat(reached(alpha, "customer")).isZero();
        assertThat(alpha.path("steps").get(1).path("conversion").asDouble()).isEqualTo(0.5);
        assertThat(alpha.path("steps").get(0).path("conversion").isNull()).isTrue();
        assertThat(group(r.json(), "none").path("total").asInt()).isEqualTo(1);
        assertThat(r.json().path("groups").size()).isEqualTo(2);

        var all = call(me.token(), "funnelReport", "{\"by\":\"campaign\"}");
        assertThat(reached(group(all.json(), a.toString()), "customer")).isEqualTo(1);

        var byChannel = call(me.token(), "funnelReport", "{\"by\":\"channel\",\"from\":\"" + lastMonth + "\"}");
        assertThat(byChannel.status()).isEqualTo(200);
        assertThat(group(byChannel.json(), "email").path("total").asInt()).isEqualTo(6);
        assertThat(group(byChannel.json(), "linkedin").path("total").asInt()).isEqualTo(1);
        assertThat(reached(group(byChannel.json(), "linkedin"), "qualified")).isEqualTo(1);

        assertValidation(call(me.token(), "funnelReport", "{}"), "by");
        assertValidation(call(me.token(), "funnelReport", "{\"by\":\"week\"}"), "by");
        assertValidation(call(me.token(), "funnelReport",
                "{\"by\":\"channel\",\"from\":\"2025-02-01T00:00:00Z\",\"to\":\"2025-01-01T00:00:00Z\"}"), "to");
    }
}
