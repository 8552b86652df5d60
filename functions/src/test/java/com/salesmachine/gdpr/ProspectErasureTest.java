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
        assertThat(traces.tablesMentioning(email)).as("traces before deletion").contains("prospect_facts", "messages",
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
        assertThat(traces.tablesMentioning(keptEmail)).as("the other prospect's traces").contains("prospect_facts",
                "integration_deliveries");
    }

    @Test
    void aFilterWideBulkDeleteForgetsTheStoredCopiesOfEveryMatchedProspectAndNothingOfAnotherUser() {
        String token = newUser();
        String otherToken = newUser();
        Traces traces = new Traces(http, db);
        UUID user = traces.userOf(token);
        UUID other = traces.userOf(otherToken);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> sweptEmails = List.of("sweep1." + tag + "@erasable.example", "sweep2." + tag + "@erasable.example",
                "sweep3." + tag + "@erasable.example");
        List<UUID> swept = new java.util.ArrayList<>();
        for (int i = 0; i < sweptEmails.size(); i++) {
            swept.add(traces.prospectWithEverything(user, null, "Sweep" + tag + " N" + i, sweptEmails.get(i),
                    "https://www.linkedin.com/in/sweep" + i + "-" + tag));
        }
        String keptEmail = "kept." + tag + "@erasable.example";
        UUID kept = traces.prospectWithEverything(user, null, "Kept" + tag, keptEmail, "https://www.linkedin.com/in/kept-" + tag);
        // the other user's prospect matches the same search text: a filter is scoped to the caller all the same
        String theirEmail = "sweep." + tag + "@other.example";
        UUID theirs = traces.prospectWithEverything(other, null, "Sweep" + tag + " Theirs", theirEmail,
                "https://www.linkedin.com/in/sweep-theirs-" + tag);
        // one more claim whose stored answer mixes both users' items: only the caller's matched ones may go
        for (UUID[] p : new UUID[][] {{user, swept.get(0)}, {user, kept}, {other, theirs}}) {
            db.sql("INSERT INTO outbound_messages (user_id, prospect_id, channel, subject, text, due_at) "
                            + "VALUES (:u, :p, 'email', 'Mixed', :t, timestamptz '2000-01-01Z')")
                    .bind("u", p[0]).bind("p", p[1]).bind("t", "Mixed answer " + tag + " " + p[1]).then().block();
        }
        Traces.ok(new Webhook(http, Instant::now).call("claimOutbound", "{\"limit\":100}"));
        String mixedSwept = "Mixed answer " + tag + " " + swept.get(0);
        String mixedKept = "Mixed answer " + tag + " " + kept;
        String mixedTheirs = "Mixed answer " + tag + " " + theirs;
        assertThat(storedAnswersMentioning("Mixed answer " + tag)).as("one stored answer holds the three items").isEqualTo(1);
        for (String text : List.of(mixedSwept, mixedKept, mixedTheirs)) {
            assertThat(storedAnswersMentioning(text)).as(text).isEqualTo(1);
        }
        for (String email : sweptEmails) {
            assertThat(storedAnswersMentioning(email)).as("stored answers about " + email).isPositive();
        }
        long theirsBefore = storedAnswersMentioning(theirEmail);
        long keptBefore = storedAnswersMentioning(keptEmail);
        assertThat(theirsBefore).isPositive();
        assertThat(keptBefore).isPositive();

        TestHttp.Response deleted = call(token, "bulkDeleteProspects",
                "{\"selection\":{\"filter\":{\"search\":\"sweep" + tag + "\"}}}");

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().path("changed").asInt()).isEqualTo(3);
        for (int i = 0; i < sweptEmails.size(); i++) {
            assertThat(traces.tablesMentioning(sweptEmails.get(i))).as("tables still holding " + sweptEmails.get(i)).isEmpty();
            assertThat(traces.tablesMentioning("sweep" + i + "-" + tag)).as("tables still holding a swept URL").isEmpty();
        }
        assertThat(storedAnswersMentioning(mixedSwept)).as("the swept item of the mixed answer").isZero();
        assertThat(storedAnswersMentioning(mixedKept)).as("the caller's unmatched item of the mixed answer").isEqualTo(1);
        assertThat(storedAnswersMentioning(mixedTheirs)).as("the other user's item of the mixed answer").isEqualTo(1);
        assertThat(storedAnswersMentioning(keptEmail)).as("the caller's unmatched prospect keeps its copies")
                .isEqualTo(keptBefore);
        assertThat(storedAnswersMentioning(theirEmail)).as("the other user's copies").isEqualTo(theirsBefore);
        assertThat(traces.tablesMentioning(theirEmail)).contains("prospect_facts", "messages", "integration_deliveries");
        assertThat(db.sql("SELECT count(*) FROM prospects WHERE user_id = :u").bind("u", other)
                .map(row -> ((Number) row.get(0)).longValue()).one().block()).isEqualTo(1);
    }

    /** Stored integration answers whose body mentions the needle. */
    private long storedAnswersMentioning(String needle) {
        return db.sql("SELECT count(*) FROM integration_deliveries WHERE response_body::text ILIKE '%' || :v || '%'")
                .bind("v", needle).map(row -> ((Number) row.get(0)).longValue()).one().block();
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
