package com.salesmachine.prospects;

import com.salesmachine.support.ApplicationTest;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** listProspects is one statement per page and getProspect a fixed handful, whatever the data size. */
@Import(StatementLog.Configuration.class)
class ProspectStatementCountTest extends ApplicationTest {

    @Autowired
    StatementLog log;

    @Autowired
    DatabaseClient db;

    private List<String> statementsOf(Runnable call) {
        log.clear();
        call.run();
        return log.statements();
    }

    @Test
    void everyPageOfListProspectsIsExactlyOneStatementWhateverTheFilters() {
        String token = newUser();
        String campaign = call(token, "createCampaign", "{\"name\":\"C\"}").json().path("id").asString();
        for (int i = 0; i < 12; i++) {
            var r = call(token, "createProspect", "{\"campaignId\":\"" + campaign + "\",\"fullName\":\"Zoë " + i
                    + "\",\"companyName\":\"Acme\",\"email\":\"z" + i + "@acme.io\"}");
            assertThat(r.status()).isEqualTo(200);
        }
        String filtered = "\"campaignId\":\"" + campaign + "\",\"status\":[\"new\"],\"vip\":false,\"search\":\"zoe\","
                + "\"sort\":\"activity_desc\",\"limit\":5";
        String[] cursor = {null};
        int pages = 0;
        int rows = 0;
        do {
            String body = "{" + filtered + (cursor[0] == null ? "" : ",\"cursor\":\"" + cursor[0] + "\"") + "}";
            JsonNode[] page = new JsonNode[1];
            List<String> sql = statementsOf(() -> page[0] = call(token, "listProspects", body).json());
            assertThat(sql).as("statements of page %d", pages).hasSize(1);
            assertThat(sql.getFirst()).contains("prospect_pipeline p");
            rows += page[0].path("items").size();
            cursor[0] = page[0].path("nextCursor").isNull() ? null : page[0].path("nextCursor").asString();
            pages++;
        } while (cursor[0] != null);
        assertThat(pages).isEqualTo(3);
        assertThat(rows).isEqualTo(12);
        assertThat(statementsOf(() -> call(token, "listProspects", "{}"))).hasSize(1);
    }

    @Test
    void getProspectIsAtMostFiveStatementsHoweverLongTheConversation() {
        String token = newUser();
        UUID user = UUID.fromString(call(token, "me", "{}").json().path("id").asString());
        UUID id = UUID.fromString(call(token, "createProspect",
                "{\"fullName\":\"Talker\",\"companyName\":\"Acme\",\"email\":\"t@acme.io\"}").json().path("id").asString());
        int few = statementsOf(() -> assertThat(call(token, "getProspect", "{\"id\":\"" + id + "\"}").status()).isEqualTo(200)).size();

        db.sql("""
                INSERT INTO messages (user_id, prospect_id, direction, channel, text, at)
                SELECT :u, :p, 'outbound', 'email', 'message ' || n, now() - n * interval '1 minute'
                FROM generate_series(1, 200) n""").bind("u", user).bind("p", id).then().block();
        db.sql("""
                INSERT INTO review_items (user_id, prospect_id, message_type, channel, proposed_message, confidence_score)
                SELECT :u, :p, 'follow_up', 'email', 'draft ' || n, 50 FROM generate_series(1, 20) n""")
                .bind("u", user).bind("p", id).then().block();
        db.sql("""
                INSERT INTO meetings (user_id, prospect_id, title, scheduled_at)
                SELECT :u, :p, 'Call ' || n, now() + n * interval '1 day' FROM generate_series(1, 5) n""")
                .bind("u", user).bind("p", id).then().block();
        JsonNode[] detail = new JsonNode[1];
        List<String> many = statementsOf(() -> detail[0] = call(token, "getProspect", "{\"id\":\"" + id + "\"}").json());
        assertThat(detail[0].path("messages").size()).isEqualTo(200);
        assertThat(detail[0].path("pendingReviews").size()).isEqualTo(20);
        assertThat(detail[0].path("meetings").size()).isEqualTo(5);
        assertThat(many).hasSizeLessThanOrEqualTo(5).hasSize(few);
    }
}
