package com.salesmachine.prospects;

import com.salesmachine.dashboard.Fixtures;
import com.salesmachine.support.ApplicationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class ProspectExportHttpTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    private List<JsonNode> exportAll(String token, String selection, int limit) {
        List<JsonNode> rows = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var r = call(token, "exportProspects", "{\"selection\":" + selection + ",\"limit\":" + limit
                    + (cursor == null ? "" : ",\"cursor\":\"" + cursor + "\"") + "}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            r.json().path("items").forEach(rows::add);
            cursor = r.json().path("nextCursor").isNull() ? null : r.json().path("nextCursor").asString();
            pages++;
        } while (cursor != null && pages < 100);
        return rows;
    }

    @Test
    void exportThenImportIntoAFreshAccountIsLossless() {
        Fixtures f = new Fixtures(db);
        var a = Fixtures.signUp(http);
        f.execute("""
                INSERT INTO prospects (user_id, full_name, company_name, job_title, email, linkedin_url, location, status,
                                       is_vip, vip_reason)
                SELECT :user, 'Person ' || g || ' "quoted", with; separators', 'Société ' || g, CASE WHEN g % 2 = 0 THEN 'CTO' END,
                       CASE WHEN g % 3 <> 0 THEN 'p' || g || '@example.com' END,
                       CASE WHEN g % 3 = 0 OR g % 5 = 0 THEN 'https://www.linkedin.com/in/person-' || g END,
                       CASE WHEN g % 4 = 0 THEN E'Line one\\nLine two' END,
                       (ARRAY['new','contacted','qualified','lost'])[1 + g % 4], g % 7 = 0, CASE WHEN g % 7 = 0 THEN 'big deal' END
                FROM generate_series(1, 23) g""", Map.of("user", a.id()));
        f.prospect(a.id(), "Not exported", "Other");
        List<JsonNode> exported = exportAll(a.token(), "{\"filter\":{\"search\":\"person\"}}", 5);
        assertThat(exported).hasSize(23);

        var b = Fixtures.signUp(http);
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("firstRow", 2);
        ArrayNode rows = body.putArray("rows");
        exported.forEach(rows::add);
        var imported = call(b.token(), "importProspects", body.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("created").asInt()).isEqualTo(23);
        assertThat(imported.json().path("errors").size()).isZero();

        List<JsonNode> again = exportAll(b.token(), "{\"filter\":{}}", 1000);
        assertThat(sorted(again)).isEqualTo(sorted(exported));
    }

    private static List<String> sorted(List<JsonNode> rows) {
        return rows.stream().map(JsonNode::toString).sorted().toList();
    }

    @Test
    void exportByIdsNeverIncludesAnotherUsersRowsAndBadInputIs422() {
        Fixtures f = new Fixtures(db);
        var a = Fixtures.signUp(http);
        var b = Fixtures.signUp(http);
        UUID mine = f.prospect(a.id(), "Mine", "A");
        UUID theirs = f.prospect(b.id(), "Theirs", "B");
        List<JsonNode> rows = exportAll(a.token(), "{\"ids\":[\"" + mine + "\",\"" + theirs + "\"]}", 10);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().path("fullName").asString()).isEqualTo("Mine");
        assertThat(rows.getFirst().path("status").asString()).isEqualTo("new");
        assertThat(rows.getFirst().path("vip").asString()).isEqualTo("false");
        assertValidation(call(a.token(), "exportProspects", "{}"), "selection");
        assertValidation(call(a.token(), "exportProspects", "{\"selection\":{\"filter\":{}},\"limit\":1001}"), "limit");
        assertValidation(call(a.token(), "exportProspects", "{\"selection\":{\"filter\":{}},\"cursor\":\"nope\"}"), "cursor");
    }
}
