package com.salesmachine.prospects;

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

class ProspectTotalsAndFiltersHttpTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    private JsonNode list(String token, String body) {
        var r = call(token, "listProspects", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theFirstPageTellsTheExactTotalForTheFilterAndLaterPagesDoNot() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        var other = Fixtures.signUp(http);
        for (int i = 0; i < 7; i++) {
            f.prospect(me.id(), "Lead " + i, "Acme", i < 3 ? "qualified" : "new", null);
            f.prospect(other.id(), "Lead " + i, "Acme", "qualified", null);
        }
        JsonNode first = list(me.token(), "{\"limit\":2}");
        assertThat(first.path("items").size()).isEqualTo(2);
        assertThat(first.path("total").path("count").asInt()).isEqualTo(7);
        assertThat(first.path("total").path("atLeast").asBoolean()).isFalse();
        JsonNode second = list(me.token(), "{\"limit\":2,\"cursor\":\"" + first.path("nextCursor").asString() + "\"}");
        assertThat(second.path("items").size()).isEqualTo(2);
        assertThat(second.path("total").isNull()).isTrue();
        JsonNode qualified = list(me.token(), "{\"status\":[\"qualified\"]}");
        assertThat(qualified.path("total").path("count").asInt()).isEqualTo(3);
        assertThat(qualified.path("items").size()).isEqualTo(3);
        JsonNode none = list(me.token(), "{\"search\":\"nobody-matches-this\"}");
        assertThat(none.path("items").size()).isZero();
        assertThat(none.path("total").path("count").asInt()).isZero();
        // activity order keeps its order with the total in the same statement
        JsonNode byActivity = list(me.token(), "{\"sort\":\"activity_desc\",\"limit\":100}");
        assertThat(byActivity.path("items").size()).isEqualTo(7);
    }

    @Test
    void beyondTenThousandTheTotalIsTenThousandPlus() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        f.execute("""
                INSERT INTO prospect_facts (user_id, full_name, company_name, email)
                SELECT :user, 'Bulk ' || g, 'Acme', 'bulk' || g || '@example.com' FROM generate_series(1, 10001) g""",
                Map.of("user", me.id()));
        JsonNode page = list(me.token(), "{\"limit\":5}");
        assertThat(page.path("total").path("count").asInt()).isEqualTo(10_000);
        assertThat(page.path("total").path("atLeast").asBoolean()).isTrue();
        f.execute("DELETE FROM prospects WHERE user_id = :user AND full_name = 'Bulk 1'", Map.of("user", me.id()));
        JsonNode exact = list(me.token(), "{\"limit\":5}");
        assertThat(exact.path("total").path("count").asInt()).isEqualTo(10_000);
        assertThat(exact.path("total").path("atLeast").asBoolean()).isFalse();
    }

    @Test
    void aSearchsFirstPageIsTheNewestMatchesInPageOrderBelowAndAtTheCap() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        // 10,001 matches inserted by one statement (one created_at: the page order falls back to id DESC), one of them
        // active later, and newer rows that do not match
        f.execute("""
                INSERT INTO prospect_facts (user_id, full_name, company_name, email)
                SELECT :user, 'Bulk ' || g, 'Acme', 'bulk' || g || '@example.com' FROM generate_series(1, 10001) g""",
                Map.of("user", me.id()));
        f.execute("UPDATE prospects SET last_activity_at = now() + interval '1 hour' WHERE user_id = :user AND full_name = 'Bulk 77'",
                Map.of("user", me.id()));
        for (int i = 0; i < 3; i++) {
            f.prospect(me.id(), "Other " + i, "Globex");
        }
        for (String sort : new String[] {"created_desc", "activity_desc"}) {
            String order = sort.equals("created_desc") ? "created_at DESC, id DESC" : "last_activity_at DESC NULLS LAST, id DESC";
            JsonNode capped = list(me.token(), "{\"search\":\"BULK\",\"limit\":5,\"sort\":\"" + sort + "\"}");
            assertThat(capped.path("total").path("count").asInt()).isEqualTo(10_000);
            assertThat(capped.path("total").path("atLeast").asBoolean()).isTrue();
            assertThat(ids(capped)).as(sort + ", at the cap").isEqualTo(newestMatches(f, me.id(), order));
            assertThat(capped.path("nextCursor").isString()).isTrue();
        }
        f.execute("DELETE FROM prospects WHERE user_id = :user AND full_name = 'Bulk 1'", Map.of("user", me.id()));
        for (String sort : new String[] {"created_desc", "activity_desc"}) {
            String order = sort.equals("created_desc") ? "created_at DESC, id DESC" : "last_activity_at DESC NULLS LAST, id DESC";
            JsonNode below = list(me.token(), "{\"search\":\"bulk\",\"limit\":5,\"sort\":\"" + sort + "\"}");
            assertThat(below.path("total").path("count").asInt()).isEqualTo(10_000);
            assertThat(below.path("total").path("atLeast").asBoolean()).isFalse();
            assertThat(ids(below)).as(sort + ", below the cap").isEqualTo(newestMatches(f, me.id(), order));
            JsonNode next = list(me.token(), "{\"search\":\"bulk\",\"limit\":5,\"sort\":\"" + sort + "\",\"cursor\":\""
                    + below.path("nextCursor").asString() + "\"}");
            assertThat(next.path("items").get(0).path("fullName").asString()).startsWith("Bulk ");
            assertThat(ids(next)).doesNotContainAnyElementsOf(ids(below));
        }
        JsonNode few = list(me.token(), "{\"search\":\"other\",\"limit\":2}");
        assertThat(few.path("total").path("count").asInt()).isEqualTo(3);
        assertThat(few.path("items").size()).isEqualTo(2);
        assertThat(few.path("items").get(0).path("fullName").asString()).isEqualTo("Other 2");
        JsonNode one = list(me.token(), "{\"search\":\"bulk77@\"}");
        assertThat(one.path("total").path("count").asInt()).isEqualTo(1);
        assertThat(one.path("items").get(0).path("fullName").asString()).isEqualTo("Bulk 77");
        assertThat(one.path("nextCursor").isNull()).isTrue();
    }

    private static java.util.List<String> ids(JsonNode page) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private java.util.List<String> newestMatches(Fixtures f, UUID user, String order) {
        return db.sql("SELECT id::text FROM prospects WHERE user_id = :user AND full_name LIKE 'Bulk %' ORDER BY " + order
                        + " LIMIT 5")
                .bind("user", user).map(row -> row.get(0, String.class)).all().collectList().block();
    }

    /**
     * V121: a newest-first list is read off the pipeline's index when the filter names a campaign, one status or the
     * VIPs, off the facts' created_at index otherwise, and the created range is tested on the table that gives the
     * order. Whichever it is, the pages (walked by cursor), the total, the export and a bulk action see the same rows,
     * in the order SQL gives over the view, and never another user's.
     */
    @Test
    void everyFilterShapeListsExportsAndChangesTheSameRowsWhicheverIndexGivesTheOrder() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        var other = Fixtures.signUp(http);
        UUID campaign = f.campaign(me.id(), "Spring");
        String insert = """
                INSERT INTO prospects (user_id, full_name, company_name, job_title, email, linkedin_url, status,
                                       campaign_id, is_vip, created_at)
                SELECT :user, 'Shape ' || i, 'Acme', CASE WHEN i % 4 = 0 THEN 'Head of Sales' ELSE 'Growth Lead' END,
                       CASE WHEN i % 2 = 0 THEN 'shape' || i || '@example.com' END,
                       CASE WHEN i % 2 = 1 OR i % 3 = 0 THEN 'https://www.linkedin.com/in/shape-' || i END,
                       (ARRAY['new', 'qualified', 'contacted'])[1 + i % 3], CASE WHEN i % 3 = 0 THEN :campaign END,
                       i % 5 = 0, now() - (i * 7 % 30) * interval '1 hour'
                FROM generate_series(1, 30) i""";
        f.execute(insert, Map.of("user", me.id(), "campaign", campaign));
        f.execute(insert.replace(":campaign", "CAST(NULL AS uuid)"), Map.of("user", other.id()));
        String from = Instant.now().minus(10, ChronoUnit.HOURS).minus(30, ChronoUnit.MINUTES).toString();
        String to = Instant.now().minus(3, ChronoUnit.HOURS).minus(30, ChronoUnit.MINUTES).toString();
        Map<String, String> shapes = new java.util.LinkedHashMap<>();
        shapes.put("{}", "true");
        shapes.put("{\"createdFrom\":\"" + from + "\"}", "p.created_at >= '" + from + "'");
        shapes.put("{\"createdFrom\":\"" + from + "\",\"createdTo\":\"" + to + "\"}",
                "p.created_at >= '" + from + "' AND p.created_at < '" + to + "'");
        shapes.put("{\"createdTo\":\"" + to + "\",\"status\":[\"qualified\"]}",
                "p.created_at < '" + to + "' AND p.status = 'qualified'");
        shapes.put("{\"createdFrom\":\"" + from + "\",\"campaignId\":\"" + campaign + "\"}",
                "p.created_at >= '" + from + "' AND p.campaign_id = '" + campaign + "'");
        shapes.put("{\"createdTo\":\"" + to + "\",\"vip\":true}", "p.created_at < '" + to + "' AND p.is_vip");
        shapes.put("{\"createdTo\":\"" + to + "\",\"vip\":false}", "p.created_at < '" + to + "' AND NOT p.is_vip");
        shapes.put("{\"createdFrom\":\"" + from + "\",\"channel\":\"email\"}",
                "p.created_at >= '" + from + "' AND p.email IS NOT NULL");
        shapes.put("{\"createdFrom\":\"" + from + "\",\"status\":[\"new\",\"contacted\"]}",
                "p.created_at >= '" + from + "' AND p.status IN ('new', 'contacted')");
        shapes.put("{\"jobTitle\":\"SALES\",\"channel\":\"linkedin\"}",
                "p.job_title ILIKE '%sales%' AND p.linkedin_url IS NOT NULL");
        shapes.put("{\"jobTitle\":\"lead\",\"status\":[\"qualified\"],\"channel\":\"email\"}",
                "p.job_title ILIKE '%lead%' AND p.status = 'qualified' AND p.email IS NOT NULL");
        for (Map.Entry<String, String> shape : shapes.entrySet()) {
            java.util.List<String> expected = db.sql("SELECT full_name FROM prospects p WHERE p.user_id = :user AND "
                            + shape.getValue() + " ORDER BY p.created_at DESC, p.id DESC")
                    .bind("user", me.id()).map(row -> row.get(0, String.class)).all().collectList().block();
            assertThat(expected).as(shape.getKey()).isNotEmpty();
            java.util.List<String> listed = new java.util.ArrayList<>();
            String body = shape.getKey().replaceFirst("^\\{", "{\"limit\":4,").replace(",}", "}");
            JsonNode page = list(me.token(), body);
            assertThat(page.path("total").path("count").asInt()).as(shape.getKey()).isEqualTo(expected.size());
            for (int pages = 0; pages < 20; pages++) {
                page.path("items").forEach(item -> listed.add(item.path("fullName").asString()));
                if (page.path("nextCursor").isNull()) {
                    break;
                }
                page = list(me.token(), body.replaceFirst("^\\{", "{\"cursor\":\"" + page.path("nextCursor").asString()
                        + "\","));
            }
            assertThat(listed).as("pages of " + shape.getKey()).isEqualTo(expected);
            java.util.List<String> exported = new java.util.ArrayList<>();
            String cursor = null;
            for (int pages = 0; pages < 20; pages++) {
                var r = call(me.token(), "exportProspects", "{\"selection\":{\"filter\":" + shape.getKey()
                        + "},\"limit\":4" + (cursor == null ? "" : ",\"cursor\":\"" + cursor + "\"") + "}");
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                r.json().path("items").forEach(item -> exported.add(item.path("fullName").asString()));
                cursor = r.json().path("nextCursor").isNull() ? null : r.json().path("nextCursor").asString();
                if (cursor == null) {
                    break;
                }
            }
            assertThat(exported).as("export of " + shape.getKey()).isEqualTo(expected);
        }
        // a bulk action over a created range alone joins the facts for the range: it changes exactly those rows
        UUID target = f.campaign(me.id(), "Autumn");
        long inRange = f.count("SELECT count(*) FROM prospects p WHERE p.user_id = :user AND p.created_at >= '" + from
                + "'", Map.of("user", me.id()));
        var assigned = call(me.token(), "bulkAssignProspects", "{\"selection\":{\"filter\":{\"createdFrom\":\"" + from
                + "\"}},\"campaignId\":\"" + target + "\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().path("changed").asLong()).isEqualTo(inRange);
        assertThat(f.count("SELECT count(*) FROM prospects p WHERE p.user_id = :user AND p.campaign_id = :target"
                + " AND p.created_at >= '" + from + "'", Map.of("user", me.id(), "target", target))).isEqualTo(inRange);
        assertThat(f.count("SELECT count(*) FROM prospects p WHERE p.user_id = :user AND p.campaign_id = :target",
                Map.of("user", me.id(), "target", target))).isEqualTo(inRange);
        assertThat(f.count("SELECT count(*) FROM prospects p WHERE p.user_id = :user AND p.campaign_id IS NOT NULL",
                Map.of("user", other.id()))).isZero();
    }

    @Test
    void channelJobTitleAndDateRangeFilters() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        UUID withEmail = f.prospect(me.id(), "Mail Only", "Acme");
        f.execute("""
                INSERT INTO prospects (user_id, full_name, company_name, job_title, linkedin_url, created_at, last_contacted_at)
                VALUES (:user, 'Linked In', 'Beta', 'VP of Sales_Ops', 'https://www.linkedin.com/in/linked-in',
                        now() - interval '10 days', now() - interval '2 days')""", Map.of("user", me.id()));
        assertThat(list(me.token(), "{\"channel\":\"linkedin\"}").path("items").get(0).path("fullName").asString())
                .isEqualTo("Linked In");
        assertThat(list(me.token(), "{\"channel\":\"email\"}").path("items").get(0).path("id").asString())
                .isEqualTo(withEmail.toString());
        assertThat(list(me.token(), "{\"jobTitle\":\"sales_ops\"}").path("total").path("count").asInt()).isEqualTo(1);
        assertThat(list(me.token(), "{\"jobTitle\":\"head of\"}").path("total").path("count").asInt()).isEqualTo(1);
        assertThat(list(me.token(), "{\"jobTitle\":\"s%o\"}").path("total").path("count").asInt()).isZero();
        Instant now = Instant.now();
        String lastWeek = now.minus(7, ChronoUnit.DAYS).toString();
        assertThat(list(me.token(), "{\"createdFrom\":\"" + lastWeek + "\"}").path("total").path("count").asInt()).isEqualTo(1);
        assertThat(list(me.token(), "{\"createdTo\":\"" + lastWeek + "\"}").path("total").path("count").asInt()).isEqualTo(1);
        assertThat(list(me.token(), "{\"lastContactedFrom\":\"" + lastWeek + "\",\"lastContactedTo\":\"" + now + "\"}")
                .path("items").get(0).path("fullName").asString()).isEqualTo("Linked In");
        assertValidation(call(me.token(), "listProspects",
                "{\"createdFrom\":\"" + now + "\",\"createdTo\":\"" + lastWeek + "\"}"), "createdTo");
        assertValidation(call(me.token(), "listProspects", "{\"channel\":\"fax\"}"), "channel");
        assertValidation(call(me.token(), "listProspects", "{\"createdFrom\":\"yesterday\"}"), "createdFrom");
    }
}
