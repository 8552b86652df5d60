package com.salesmachine.prospects;

import com.salesmachine.dashboard.Fixtures;
import com.salesmachine.support.ApplicationTest;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * prospect_week_counts (V110, V118) is prospects counted per UTC week, campaign and status, kept by statement triggers
 * on prospect_pipeline: after
 * every kind of write the product makes (single and multi-row inserts, the import, updates, whole-filter bulk actions,
 * a campaign's deletion, erasure, an account's deletion) it equals the same counts taken from prospects, so do the
 * campaigns' figures summed from it (campaign_stats, V112), and the funnel that reads it answers what counting
 * prospects answers, for ranges that start and end inside a week.
 */
class ProspectDayCountsTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    /** Rows in which the kept counts and a fresh count of prospects differ (0 when they agree). */
    private long disagreements(Fixtures f) {
        return f.count("""
                WITH truth AS (
                    SELECT user_id, date_trunc('week', created_at AT TIME ZONE 'UTC')::date AS week, campaign_id, status,
                           count(*)::int AS prospects, count(linkedin_url)::int AS li, count(email)::int AS em,
                           count(*) FILTER (WHERE last_contacted_at IS NOT NULL OR last_replied_at IS NOT NULL
                               OR status NOT IN ('new', 'lost', 'nurture', 'unsubscribed'))::int AS contacted,
                           count(last_replied_at)::int AS replied
                    FROM prospects GROUP BY 1, 2, 3, 4),
                kept AS (
                    SELECT user_id, week, campaign_id, status, prospects, with_linkedin, with_email, contacted, replied
                    FROM prospect_week_counts WHERE prospects <> 0)
                SELECT count(*) FROM ((SELECT * FROM truth EXCEPT SELECT * FROM kept)
                                      UNION ALL (SELECT * FROM kept EXCEPT SELECT * FROM truth)) d""", Map.of());
    }

    /** Campaigns whose campaign_stats figures (V112: sums of the day counts) differ from counting their prospects. */
    private long campaignFigureDisagreements(Fixtures f) {
        return f.count("""
                SELECT count(*) FROM campaigns c
                JOIN campaign_stats s ON s.campaign_id = c.id AND s.user_id = c.user_id
                CROSS JOIN LATERAL (
                    SELECT count(*) AS n,
                           count(*) FILTER (WHERE last_contacted_at IS NOT NULL OR last_replied_at IS NOT NULL
                               OR status NOT IN ('new', 'lost', 'nurture', 'unsubscribed')) AS contacted,
                           count(last_replied_at) AS replied,
                           count(*) FILTER (WHERE status IN ('qualified', 'meeting_booked', 'meeting_completed',
                               'customer')) AS qualified
                    FROM prospects p WHERE p.user_id = c.user_id AND p.campaign_id = c.id) t
                WHERE (s.total_prospects, s.contacted, s.replied, s.qualified)
                      IS DISTINCT FROM (t.n, t.contacted, t.replied, t.qualified)""", Map.of());
    }

    private void ok(String token, String fn, String body) {
        var r = call(token, fn, body);
        assertThat(r.status()).as(fn + " " + r.body()).isEqualTo(200);
    }

    @Test
    void theCountsFollowEveryWriteOfTheProduct() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        var other = Fixtures.signUp(http);
        UUID campaign = f.campaign(me.id(), "Spring push");
        UUID doomed = f.campaign(me.id(), "Doomed");
        UUID first = f.prospect(me.id(), "Ann Lee", "Acme", "new", null);
        for (int i = 0; i < 12; i++) {
            f.prospect(me.id(), "Lead " + i, "Acme", i % 4 == 0 ? "qualified" : "new", i % 3 == 0 ? doomed : null);
            f.prospect(other.id(), "Their lead " + i, "Other", "contacted", null);
        }
        // created on other days, one of them just before midnight UTC
        f.execute("UPDATE prospects SET created_at = '2026-03-01T23:59:59Z' WHERE id = :id", Map.of("id", first));
        f.execute("UPDATE prospects SET created_at = now() - interval '40 days' WHERE user_id = :u AND full_name LIKE 'Lead 1%'",
                Map.of("u", me.id()));
        assertThat(disagreements(f)).isZero();

        // the API's writes: one by one, multi-row intake through import, whole-filter bulk actions
        ok(me.token(), "updateProspect", "{\"id\":\"" + first + "\",\"status\":\"engaged\"}");
        // contact and reply times (outreach writes them): the contacted / replied counts follow
        f.execute("UPDATE prospects SET last_contacted_at = now() WHERE user_id = :u AND full_name LIKE 'Lead %'",
                Map.of("u", me.id()));
        f.execute("UPDATE prospects SET last_replied_at = now() WHERE user_id = :u AND full_name IN ('Lead 2', 'Lead 5')",
                Map.of("u", me.id()));
        f.execute("UPDATE prospects SET linkedin_url = 'https://www.linkedin.com/in/ann-lee', email = NULL WHERE id = :id",
                Map.of("id", first));
        ok(me.token(), "importProspects", "{\"firstRow\":2,\"rows\":[{\"fullName\":\"Imported One\",\"companyName\":\"Io\","
                + "\"email\":\"one@io.example\"},{\"fullName\":\"Imported Two\",\"companyName\":\"Io\","
                + "\"linkedinUrl\":\"https://linkedin.com/in/imported-two\",\"status\":\"contacted\"}]}");
        assertThat(disagreements(f)).isZero();
        ok(me.token(), "bulkSetProspectStatus", "{\"selection\":{\"filter\":{\"status\":[\"new\"]}},\"status\":\"nurture\"}");
        ok(me.token(), "bulkAssignProspects", "{\"selection\":{\"filter\":{}},\"campaignId\":\"" + campaign + "\"}");
        ok(me.token(), "bulkSetProspectVip", "{\"selection\":{\"filter\":{}},\"vip\":true}");
        assertThat(disagreements(f)).isZero();
        assertThat(f.count("SELECT total_prospects FROM campaign_stats WHERE campaign_id = :c", Map.of("c", campaign)))
                .isEqualTo(f.count("SELECT count(*) FROM prospects WHERE user_id = :u", Map.of("u", me.id())))
                .isPositive();
        assertThat(campaignFigureDisagreements(f)).isZero();

        // a campaign's deletion sets its prospects' campaign to none (a cascade: one statement on prospects)
        f.execute("UPDATE prospects SET campaign_id = :c WHERE full_name = 'Lead 3' AND user_id = :u",
                Map.of("c", doomed, "u", me.id()));
        f.execute("DELETE FROM campaigns WHERE id = :c", Map.of("c", doomed));
        assertThat(disagreements(f)).isZero();

        // erasure, one and in bulk
        ok(me.token(), "deleteProspect", "{\"id\":\"" + first + "\"}");
        ok(me.token(), "bulkDeleteProspects", "{\"selection\":{\"filter\":{\"search\":\"lead 1\"}}}");
        assertThat(disagreements(f)).isZero();
        assertThat(campaignFigureDisagreements(f)).isZero();

        // an account's deletion leaves no row of its counts behind, not even zeros
        assertThat(f.count("SELECT count(*) FROM prospect_week_counts WHERE user_id = :u", Map.of("u", other.id())))
                .isPositive();
        f.execute("DELETE FROM users WHERE id = :u", Map.of("u", other.id()));
        assertThat(f.count("SELECT count(*) FROM prospect_week_counts WHERE user_id = :u", Map.of("u", other.id())))
                .isZero();
        assertThat(disagreements(f)).isZero();
    }

    private static int reached(JsonNode report, String group, String status) {
        for (JsonNode g : report.path("groups")) {
            if (g.path("key").asString().equals(group)) {
                for (JsonNode s : g.path("steps")) {
                    if (s.path("status").asString().equals(status)) {
                        return s.path("reached").asInt();
                    }
                }
            }
        }
        throw new AssertionError(group + " " + status + " in " + report);
    }

    /** As {@link #reached}, 0 when the report has no such group (nothing created in the range). */
    private static int reachedOrZero(JsonNode report, String group, String status) {
        for (JsonNode g : report.path("groups")) {
            if (g.path("key").asString().equals(group)) {
                return reached(report, group, status);
            }
        }
        return 0;
    }

    @Test
    void theFunnelCountsPartialWeeksAtBothEndsOfTheRangeExactly() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        // one prospect per instant, around three Monday midnights (UTC): 2026-05-04, -11 and -18 are Mondays
        String[] instants = {"2026-05-03T22:00:00Z", "2026-05-03T23:30:00Z", "2026-05-04T00:00:00Z",
                "2026-05-07T12:00:00Z", "2026-05-11T00:30:00Z", "2026-05-13T06:00:00Z", "2026-05-18T00:00:00Z"};
        // the odd ones in a campaign: the partial weeks are read per campaign (V121), and for no campaign apart
        UUID clockwork = f.campaign(me.id(), "Clockwork");
        for (int i = 0; i < instants.length; i++) {
            UUID p = f.prospect(me.id(), "At " + i, "Clock", "new", i % 2 == 1 ? clockwork : null);
            f.execute("UPDATE prospects SET created_at = CAST(:at AS timestamptz) WHERE id = :id",
                    Map.of("at", instants[i], "id", p));
        }
        // from, to, the prospects created in [from, to): all, in the campaign, in none
        String[][] ranges = {
                {"2026-05-03T23:00:00Z", "2026-05-11T01:00:00Z", "4", "2", "2"},  // partial, a whole week, partial
                {"2026-05-04T00:00:00Z", "2026-05-18T00:00:00Z", "4", "2", "2"},  // whole weeks only, end excluded
                {"2026-05-03T23:00:00Z", "2026-05-03T23:59:00Z", "1", "1", "0"},  // inside one day
                {"2026-05-07T06:00:00Z", "2026-05-12T03:00:00Z", "2", "1", "1"},  // across a Monday, no whole week
                {null, "2026-05-04T00:00:00Z", "2", "1", "1"},                    // open start
                {"2026-05-11T00:30:00Z", null, "3", "1", "2"}};                   // open end, starting on a prospect
        for (String[] range : ranges) {
            int expected = Integer.parseInt(range[2]);
            String body = "{\"by\":\"channel\"" + (range[0] == null ? "" : ",\"from\":\"" + range[0] + "\"")
                    + (range[1] == null ? "" : ",\"to\":\"" + range[1] + "\"") + "}";
            var byChannel = call(me.token(), "funnelReport", body);
            assertThat(byChannel.status()).as(byChannel.body()).isEqualTo(200);
            assertThat(reached(byChannel.json(), "email", "new")).as(body).isEqualTo(expected);
            var byCampaign = call(me.token(), "funnelReport", body.replace("channel", "campaign"));
            assertThat(reachedOrZero(byCampaign.json(), clockwork.toString(), "new")).as(body)
                    .isEqualTo(Integer.parseInt(range[3]));
            assertThat(reachedOrZero(byCampaign.json(), "none", "new")).as(body).isEqualTo(Integer.parseInt(range[4]));
        }
    }
}
