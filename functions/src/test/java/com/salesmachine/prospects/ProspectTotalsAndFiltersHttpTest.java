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
