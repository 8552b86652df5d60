package com.salesmachine.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.integration.Webhook;
import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** Rule 7: after deleteProspect no table holds the person's name, e-mail or LinkedIn URL. */
class ProspectErasureTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    @Test
    void afterDeletionNoTableHoldsTheProspectsNameEmailOrLinkedinUrlAndTheAuditRowNamesNoneOfThem() {
        String token = newUser();
        Traces traces = new Traces(http, db);
        UUID user = traces.userOf(token);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Zelda Erasable" + tag;
        String email = "zelda." + tag + "@erasable.example";
        String url = "https://www.linkedin.com/in/zelda-" + tag;
        UUID prospect = traces.prospectWithEverything(user, null, name, email, url);
        assertThat(traces.tablesMentioning(email)).as("traces before deletion").contains("prospects", "messages",
                "outbound_messages", "integration_deliveries");

        TestHttp.Response deleted = call(token, "deleteProspect", "{\"id\":\"" + prospect + "\"}");

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().path("deleted").asBoolean()).isTrue();
        for (String needle : List.of(name, email, "zelda-" + tag, "Zelda Erasable")) {
            assertThat(traces.tablesMentioning(needle)).as("tables still holding " + needle).isEmpty();
        }
        String audit = db.sql("SELECT a::text FROM audit_entries a WHERE entity_id = :p AND action = 'prospect.erased'")
                .bind("p", prospect).map(row -> row.get(0, String.class)).one().block();
        assertThat(audit).contains(prospect.toString()).doesNotContain(name, email, tag + "@", "linkedin");
        assertThat(call(token, "deleteProspect", "{\"id\":\"" + prospect + "\"}").status()).isEqualTo(404);
    }

    @Test
    void bulkDeleteProspectsLeavesNoTraceOfTheErasedInTheStoredClaimAnswersAndKeepsTheOthers() {
        String token = newUser();
        Traces traces = new Traces(http, db);
        UUID user = traces.userOf(token);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String erasedEmail = "gone." + tag + "@erasable.example";
        String keptEmail = "kept." + tag + "@erasable.example";
        UUID erased = traces.prospectWithEverything(user, null, "Gone Bulk" + tag, erasedEmail,
                "https://www.linkedin.com/in/gone-" + tag);
        traces.prospectWithEverything(user, null, "Kept Bulk" + tag, keptEmail, "https://www.linkedin.com/in/kept-" + tag);
        assertThat(traces.tablesMentioning(erasedEmail)).as("traces before deletion").contains("integration_deliveries");
        assertThat(traces.tablesMentioning(keptEmail)).as("traces before deletion").contains("integration_deliveries");

        TestHttp.Response deleted = call(token, "bulkDeleteProspects", "{\"selection\":{\"ids\":[\"" + erased + "\"]}}");

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().path("changed").asInt()).isEqualTo(1);
        assertThat(traces.tablesMentioning(erasedEmail)).as("tables still holding the erased e-mail").isEmpty();
        assertThat(traces.tablesMentioning("gone-" + tag)).as("tables still holding the erased URL").isEmpty();
        assertThat(traces.tablesMentioning(keptEmail)).as("the other prospect's traces").contains("prospects",
                "integration_deliveries");
    }

    @Test
    void anotherUsersProspectIsNotFoundAndStaysWhole() {
        String owner = newUser();
        UUID ownerId = new Traces(http, db).userOf(owner);
        Webhook webhook = new Webhook(http, Instant::now);
        webhook.call("ingestProspects", "{\"userId\":\"" + ownerId + "\",\"prospects\":[{\"fullName\":\"Kept\",\"companyName\":\"A\",\"email\":\"kept-"
                + UUID.randomUUID() + "@example.com\"}]}");
        UUID prospect = db.sql("SELECT id FROM prospects WHERE user_id = :u").bind("u", ownerId)
                .map(row -> row.get("id", UUID.class)).one().block();

        TestHttp.Response r = call(newUser(), "deleteProspect", "{\"id\":\"" + prospect + "\"}");

        assertThat(r.status()).isEqualTo(404);
        assertThat(db.sql("SELECT count(*) FROM prospects WHERE id = :p").bind("p", prospect)
                .map(row -> ((Number) row.get(0)).longValue()).one().block()).isEqualTo(1);
    }
}
