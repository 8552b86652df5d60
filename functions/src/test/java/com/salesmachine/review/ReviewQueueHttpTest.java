package com.salesmachine.review;

import com.salesmachine.dashboard.Fixtures;
import com.salesmachine.dashboard.Fixtures.Account;
import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewQueueHttpTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;
    Fixtures rows;
    Account seller;
    UUID prospect;

    @BeforeEach
    void seller() {
        rows = new Fixtures(db);
        seller = Fixtures.signUp(http);
        prospect = rows.prospect(seller.id(), "Ana Lopez", "Acme");
    }

    @Test
    void theQueueListsPendingItemsByPriorityThenOldestFirstAcrossPages() {
        Instant t = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MICROS);
        UUID lowOld = rows.reviewItem(seller.id(), prospect, 0, "s", "low old", t);
        UUID highNew = rows.reviewItem(seller.id(), prospect, 5, "s", "high new", t.plusSeconds(20));
        UUID highOld = rows.reviewItem(seller.id(), prospect, 5, "s", "high old", t.plusSeconds(10));
        UUID lowNew = rows.reviewItem(seller.id(), prospect, 0, "s", "low new", t.plusSeconds(30));
        UUID decided = rows.reviewItem(seller.id(), prospect, 9, "s", "decided", t);
        call(seller.token(), "rejectMessage", "{\"id\":\"" + decided + "\"}");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String body = cursor == null ? "{\"limit\":3}" : "{\"limit\":3,\"cursor\":\"" + cursor + "\"}";
            var page = call(seller.token(), "listReviewQueue", body);
            assertThat(page.status()).isEqualTo(200);
            page.json().path("items").forEach(item -> seen.add(item.path("id").asString()));
            cursor = page.json().path("nextCursor").isNull() ? null : page.json().path("nextCursor").asString();
            pages++;
        } while (cursor != null);

        assertThat(seen).containsExactly(highOld.toString(), highNew.toString(), lowOld.toString(), lowNew.toString());
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void eachItemCarriesItsProspectAndTheTopicsItsTextHits() {
        rows.execute("UPDATE users SET settings = jsonb_set(settings, '{blacklistedTerms}', '[\"Globex\"]') WHERE id = :id",
                Map.of("id", seller.id()));
        rows.reviewItem(seller.id(), prospect, 0, "Our discount",
                "We guarantee results, unlike Globex.", Instant.now());

        JsonNode item = call(seller.token(), "listReviewQueue", "{}").json().path("items").get(0);

        assertThat(item.path("prospect").path("fullName").asString()).isEqualTo("Ana Lopez");
        assertThat(item.path("prospect").path("companyName").asString()).isEqualTo("Acme");
        assertThat(item.path("status").asString()).isEqualTo("pending");
        assertThat(item.path("messageType").asString()).isEqualTo("initial_outreach");
        assertThat(item.path("blockedTopics").values().stream().map(JsonNode::asString).toList())
                .containsExactly("pricing_promise", "guarantee", "Globex");
    }

    @Test
    void decidedItemsAreListedByStatusOnRequest() {
        UUID id = rows.reviewItem(seller.id(), prospect, "Hi Ana");
        call(seller.token(), "approveMessage", "{\"id\":\"" + id + "\"}");

        var pending = call(seller.token(), "listReviewQueue", "{}");
        var approved = call(seller.token(), "listReviewQueue", "{\"status\":\"approved\"}");

        assertThat(pending.json().path("items").size()).isZero();
        assertThat(approved.json().path("items").get(0).path("id").asString()).isEqualTo(id.toString());
        assertThat(approved.json().path("nextCursor").isNull()).isTrue();
    }

    @Test
    void anotherUsersItemsAreNeverListed() {
        rows.reviewItem(seller.id(), prospect, "Hi Ana");
        Account other = Fixtures.signUp(http);

        assertThat(call(other.token(), "listReviewQueue", "{}").json().path("items").size()).isZero();
    }

    @Test
    void aBadCursorLimitOrStatusIsAValidationError() {
        assertValidation(call(seller.token(), "listReviewQueue", "{\"cursor\":\"not-a-cursor\"}"), "cursor");
        assertValidation(call(seller.token(), "listReviewQueue", "{\"limit\":0}"), "limit");
        assertValidation(call(seller.token(), "listReviewQueue", "{\"limit\":101}"), "limit");
        assertValidation(call(seller.token(), "listReviewQueue", "{\"status\":\"maybe\"}"), "status");
    }

    @Test
    void approvingPutsExactlyOneQueuedMessageInTheOutboxAndLogsIt() {
        UUID id = rows.reviewItem(seller.id(), prospect, 0, "Quick idea", "Hi Ana, a quick idea.", Instant.now());

        var r = call(seller.token(), "approveMessage", "{\"id\":\"" + id + "\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asString()).isEqualTo("approved");
        assertThat(r.json().path("reviewedAt").isNull()).isFalse();
        assertThat(rows.count("""
                SELECT count(*) FROM outbound_messages WHERE review_item_id = :id AND status = 'queued'
                  AND channel = 'email' AND subject = 'Quick idea' AND text = 'Hi Ana, a quick idea.'
                  AND due_at = (SELECT reviewed_at FROM review_items WHERE id = :id) + interval '10 seconds'""",
                Map.of("id", id))).isEqualTo(1);
        assertThat(rows.count("SELECT count(*) FROM activity_events WHERE user_id = :u AND type = 'message_approved'"
                + " AND prospect_id = :p", Map.of("u", seller.id(), "p", prospect))).isEqualTo(1);
    }

    @Test
    void aDecidedItemCannotBeDecidedAgain() {
        UUID id = rows.reviewItem(seller.id(), prospect, "Hi Ana");
        call(seller.token(), "rejectMessage", "{\"id\":\"" + id + "\",\"reason\":\"off tone\"}");

        var approve = call(seller.token(), "approveMessage", "{\"id\":\"" + id + "\"}");
        var edit = call(seller.token(), "editMessage", "{\"id\":\"" + id + "\",\"message\":\"Hello\"}");
        var reject = call(seller.token(), "rejectMessage", "{\"id\":\"" + id + "\"}");

        assertThat(List.of(approve.status(), edit.status(), reject.status())).containsOnly(409);
        assertThat(approve.errorCode()).isEqualTo("CONFLICT");
        assertThat(rows.count("SELECT count(*) FROM outbound_messages WHERE review_item_id = :id", Map.of("id", id)))
                .isZero();
    }

    @Test
    void anotherUsersItemIsNotFoundLikeAnUnknownOne() {
        UUID id = rows.reviewItem(seller.id(), prospect, "Hi Ana");
        Account other = Fixtures.signUp(http);

        for (String fn : List.of("approveMessage", "rejectMessage")) {
            var foreign = call(other.token(), fn, "{\"id\":\"" + id + "\"}");
            var unknown = call(other.token(), fn, "{\"id\":\"" + UUID.randomUUID() + "\"}");
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(foreign.json().path("error").path("message").asString())
                    .isEqualTo(unknown.json().path("error").path("message").asString());
        }
        assertThat(call(other.token(), "editMessage", "{\"id\":\"" + id + "\",\"message\":\"Hey\"}").status())
                .isEqualTo(404);
        assertThat(call(seller.token(), "listReviewQueue", "{}").json().path("items").get(0).path("status").asString())
                .isEqualTo("pending");
    }

    @Test
    void decisionsWithoutAnIdAreValidationErrors() {
        assertValidation(call(seller.token(), "approveMessage", "{}"), "id");
        assertValidation(call(seller.token(), "rejectMessage", "{\"id\":\"nope\"}"), "id");
        assertValidation(call(seller.token(), "editMessage", "{\"id\":\"" + UUID.randomUUID() + "\",\"message\":\" \"}"),
                "message");
    }

    @Test
    void editingSendsTheEditedTextAndKeepsTheProposedSubjectWhenNoneIsGiven() {
        UUID id = rows.reviewItem(seller.id(), prospect, 0, "Quick idea", "Draft text", Instant.now());

        var r = call(seller.token(), "editMessage", "{\"id\":\"" + id + "\",\"message\":\"Hand-written text\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asString()).isEqualTo("edited");
        assertThat(r.json().path("editedMessage").asString()).isEqualTo("Hand-written text");
        assertThat(r.json().path("proposedMessage").asString()).isEqualTo("Draft text");
        assertThat(rows.count("""
                SELECT count(*) FROM outbound_messages WHERE review_item_id = :id AND status = 'queued'
                  AND subject = 'Quick idea' AND text = 'Hand-written text'""", Map.of("id", id))).isEqualTo(1);
    }

    @Test
    void editingWithANewSubjectSendsThatSubject() {
        UUID id = rows.reviewItem(seller.id(), prospect, 0, "Quick idea", "Draft text", Instant.now());

        var r = call(seller.token(), "editMessage",
                "{\"id\":\"" + id + "\",\"subject\":\"Better subject\",\"message\":\"Edited\"}");

        assertThat(r.json().path("editedSubject").asString()).isEqualTo("Better subject");
        assertThat(rows.count("SELECT count(*) FROM outbound_messages WHERE review_item_id = :id AND subject = 'Better subject'",
                Map.of("id", id))).isEqualTo(1);
    }

    @Test
    void anEditThatHitsTheBlacklistIsRefusedAndChangesNothing() {
        rows.execute("UPDATE users SET settings = jsonb_set(settings, '{blacklistedTerms}', '[\"Globex\"]') WHERE id = :id",
                Map.of("id", seller.id()));
        UUID id = rows.reviewItem(seller.id(), prospect, "Draft text");

        var system = call(seller.token(), "editMessage", "{\"id\":\"" + id + "\",\"message\":\"Results guaranteed.\"}");
        var own = call(seller.token(), "editMessage", "{\"id\":\"" + id + "\",\"message\":\"Better than globex.\"}");

        assertValidation(system, "message");
        assertThat(system.body()).contains("guarantee");
        assertValidation(own, "message");
        assertThat(own.body()).contains("Globex");
        assertThat(rows.count("SELECT count(*) FROM outbound_messages WHERE review_item_id = :id", Map.of("id", id)))
                .isZero();
        assertThat(rows.count("SELECT count(*) FROM review_items WHERE id = :id AND status = 'pending'", Map.of("id", id)))
                .isEqualTo(1);
    }

    @Test
    void rejectingKeepsTheReasonAndQueuesNothing() {
        UUID id = rows.reviewItem(seller.id(), prospect, "Draft text");

        var r = call(seller.token(), "rejectMessage", "{\"id\":\"" + id + "\",\"reason\":\"Too pushy\"}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asString()).isEqualTo("rejected");
        assertThat(r.json().path("rejectionReason").asString()).isEqualTo("Too pushy");
        assertThat(rows.count("SELECT count(*) FROM outbound_messages WHERE review_item_id = :id", Map.of("id", id)))
                .isZero();
        assertThat(rows.count("SELECT count(*) FROM activity_events WHERE user_id = :u AND type = 'message_rejected'",
                Map.of("u", seller.id()))).isEqualTo(1);
    }

    @Test
    void bulkApproveApprovesWhatItCanAndSaysWhyTheRestFailed() {
        UUID a = rows.reviewItem(seller.id(), prospect, "A");
        UUID b = rows.reviewItem(seller.id(), prospect, "B");
        UUID decided = rows.reviewItem(seller.id(), prospect, "C");
        call(seller.token(), "rejectMessage", "{\"id\":\"" + decided + "\"}");
        Account other = Fixtures.signUp(http);
        UUID foreign = rows.reviewItem(other.id(), rows.prospect(other.id(), "Bo Berg", "Initech"), "D");
        UUID unknown = UUID.randomUUID();

        var r = call(seller.token(), "bulkApprove",
                "{\"ids\":[\"" + a + "\",\"" + decided + "\",\"" + foreign + "\",\"" + b + "\",\"" + unknown + "\",\"" + a + "\"]}");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("approved").values().stream().map(JsonNode::asString).toList())
                .containsExactly(a.toString(), b.toString());
        assertThat(r.json().path("failed").values().stream()
                .map(f -> f.path("id").asString() + "=" + f.path("code").asString()).toList())
                .containsExactly(decided + "=CONFLICT", foreign + "=NOT_FOUND", unknown + "=NOT_FOUND");
        assertThat(rows.count("SELECT count(*) FROM outbound_messages WHERE user_id = :u", Map.of("u", seller.id())))
                .isEqualTo(2);
        assertThat(rows.count("SELECT count(*) FROM review_items WHERE id = :id AND status = 'pending'", Map.of("id", foreign)))
                .isEqualTo(1);
    }

    @Test
    void bulkApproveTakesOneToAHundredIds() {
        assertValidation(call(seller.token(), "bulkApprove", "{\"ids\":[]}"), "ids");
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            ids.append(i == 0 ? "" : ",").append('"').append(UUID.randomUUID()).append('"');
        }
        assertValidation(call(seller.token(), "bulkApprove", "{\"ids\":[" + ids + "]}"), "ids");
    }

    @Test
    void approvingTheSameItemFromTwoCallsAtOnceGivesOneWinner() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 20; round++) {
                UUID id = rows.reviewItem(seller.id(), prospect, "Round " + round);
                String body = "{\"id\":\"" + id + "\"}";
                List<Integer> statuses = race(pool, "approveMessage", body, "approveMessage", body);
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
                assertThat(outboxRows(id)).as("outbox rows in round %d", round).isEqualTo(1);
            }
        }
    }

    @Test
    void approvingAndRejectingAtOnceGivesOneWinnerWhoseDecisionStands() throws Exception {
        // a reject writes no outbox row, so only the conditional UPDATE keeps this race single-winner
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 20; round++) {
                UUID id = rows.reviewItem(seller.id(), prospect, "Round " + round);
                String body = "{\"id\":\"" + id + "\"}";
                String rival = round % 2 == 0 ? "rejectMessage" : "editMessage";
                String rivalBody = round % 2 == 0 ? body : "{\"id\":\"" + id + "\",\"message\":\"Edited\"}";
                List<Integer> statuses = race(pool, "approveMessage", body, rival, rivalBody);
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
                boolean approveWon = statuses.get(0) == 200;
                String expected = approveWon ? "approved" : rival.equals("rejectMessage") ? "rejected" : "edited";
                assertThat(rows.count("SELECT count(*) FROM review_items WHERE id = :id AND status = :s",
                        Map.of("id", id, "s", expected))).as("round %d", round).isEqualTo(1);
                assertThat(outboxRows(id)).as("outbox rows in round %d", round)
                        .isEqualTo(expected.equals("rejected") ? 0 : 1);
            }
        }
    }

    private List<Integer> race(ExecutorService pool, String fn1, String body1, String fn2, String body2) throws Exception {
        List<Callable<Integer>> calls = List.of(
                () -> call(seller.token(), fn1, body1).status(),
                () -> call(seller.token(), fn2, body2).status());
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(calls)) {
            statuses.add(f.get());
        }
        return statuses;
    }

    private long outboxRows(UUID item) {
        return rows.count("SELECT count(*) FROM outbound_messages WHERE review_item_id = :id", Map.of("id", item));
    }
}
