package com.salesmachine.review;

import com.salesmachine.dashboard.Fixtures;
import com.salesmachine.dashboard.Fixtures.Account;
import com.salesmachine.integration.Webhook;
import com.salesmachine.support.ApplicationTest;
import com.salesmachine.localstack.EmbeddedPostgresServer;
import com.salesmachine.localstack.LocalStack;
import com.salesmachine.support.TestHttp;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * undoReviewDecision (issue 16) over real HTTP and real PostgreSQL: a decision can be undone while nothing has
 * left, never after; an undo and a claim of the same message have exactly one winner, in either order.
 */
class ReviewUndoTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;
    Fixtures rows;
    Account seller;
    UUID prospect;
    Webhook engine;

    @BeforeEach
    void seller() {
        rows = new Fixtures(db);
        seller = Fixtures.signUp(http);
        prospect = rows.prospect(seller.id(), "Ana Lopez", "Acme");
        engine = new Webhook(http, Instant::now);
    }

    private TestHttp.Response undo(UUID id) {
        return call(seller.token(), "undoReviewDecision", "{\"id\":\"" + id + "\"}");
    }

    private UUID approved(String text) {
        UUID id = rows.reviewItem(seller.id(), prospect, text);
        assertThat(call(seller.token(), "approveMessage", "{\"id\":\"" + id + "\"}").status()).isEqualTo(200);
        return id;
    }

    private UUID outboxRow(UUID item) {
        return db.sql("SELECT id FROM outbound_messages WHERE review_item_id = :i").bind("i", item)
                .map(r -> r.get("id", UUID.class)).one().block();
    }

    /** The end of the undo window, reached at once: the row becomes due now. */
    private void windowPassed(UUID item) {
        rows.execute("UPDATE outbound_messages SET due_at = now() - interval '1 second' WHERE review_item_id = :i",
                Map.of("i", item));
    }

    /** Claims like the workflow engine until the claims come back empty; every message id handed out. */
    private Set<String> claimAll() {
        Set<String> claimed = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            TestHttp.Response r = engine.call("claimOutbound", "{\"limit\":100}");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            if (r.json().path("items").isEmpty()) {
                break;
            }
            r.json().path("items").forEach(item -> claimed.add(item.path("messageId").asString()));
        }
        return claimed;
    }

    private long count(String sql, UUID id) {
        return rows.count(sql, Map.of("id", id));
    }

    @Test
    void anApprovalIsUndoneWhileItsMessageIsUnclaimedAndCanBeDecidedAgain() {
        UUID id = approved("Hi Ana");

        TestHttp.Response r = undo(id);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("status").asString()).isEqualTo("pending");
        assertThat(r.json().path("reviewedAt").isNull()).isTrue();
        assertThat(count("SELECT count(*) FROM outbound_messages WHERE review_item_id = :id", id)).isZero();
        assertThat(call(seller.token(), "listReviewQueue", "{}").json().path("items").get(0).path("id").asString())
                .isEqualTo(id.toString());
        assertThat(rows.count("SELECT count(*) FROM activity_events WHERE user_id = :u AND type = 'message_decision_undone'",
                Map.of("u", seller.id()))).isEqualTo(1);
        // decided again: exactly one outbox row, as for any approval
        assertThat(call(seller.token(), "rejectMessage", "{\"id\":\"" + id + "\"}").status()).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM outbound_messages WHERE review_item_id = :id", id)).isZero();
    }

    @Test
    void anEditAndARejectionAreUndoneBackToTheProposedDraft() {
        UUID edited = rows.reviewItem(seller.id(), prospect, "Hi Ana");
        call(seller.token(), "editMessage", "{\"id\":\"" + edited + "\",\"message\":\"Hello Ana\"}");
        UUID rejected = rows.reviewItem(seller.id(), prospect, "Hi again");
        call(seller.token(), "rejectMessage", "{\"id\":\"" + rejected + "\",\"reason\":\"off tone\"}");

        JsonNode e = undo(edited).json();
        JsonNode j = undo(rejected).json();

        assertThat(e.path("status").asString()).isEqualTo("pending");
        assertThat(e.path("editedMessage").isNull()).isTrue();
        assertThat(e.path("proposedMessage").asString()).isEqualTo("Hi Ana");
        assertThat(count("SELECT count(*) FROM outbound_messages WHERE review_item_id = :id", edited)).isZero();
        assertThat(j.path("status").asString()).isEqualTo("pending");
        assertThat(j.path("rejectionReason").isNull()).isTrue();
    }

    @Test
    void anApprovedMessageIsNotClaimableDuringTheUndoWindow() {
        UUID id = approved("Hi Ana");
        UUID message = outboxRow(id);

        assertThat(claimAll()).doesNotContain(message.toString());

        windowPassed(id);
        assertThat(claimAll()).contains(message.toString());
    }

    @Test
    void aClaimedMessageIsNeverUndone() {
        UUID id = approved("Hi Ana");
        windowPassed(id);
        UUID message = outboxRow(id);
        assertThat(claimAll()).contains(message.toString());

        TestHttp.Response r = undo(id);

        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.errorCode()).isEqualTo("CONFLICT");
        assertThat(r.json().path("error").path("message").asString()).contains("already handed to the sender");
        assertThat(count("SELECT count(*) FROM review_items WHERE id = :id AND status = 'approved'", id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbound_messages WHERE review_item_id = :id AND status = 'sending'", id))
                .isEqualTo(1);
    }

    @Test
    void undoHasOneWinnerAndRefusesWhatIsNotItsOwnOrNotDecided() throws Exception {
        UUID id = approved("Hi Ana");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<TestHttp.Response>> both = pool.invokeAll(List.of(() -> undo(id), () -> undo(id)));
            List<Integer> statuses = new ArrayList<>();
            for (Future<TestHttp.Response> f : both) {
                statuses.add(f.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(undo(id).status()).isEqualTo(409); // pending: nothing to undo
        Account other = Fixtures.signUp(http);
        assertThat(call(other.token(), "undoReviewDecision", "{\"id\":\"" + id + "\"}").status()).isEqualTo(404);
        assertThat(undo(UUID.randomUUID()).status()).isEqualTo(404);
        assertValidation(call(seller.token(), "undoReviewDecision", "{\"id\":\"nope\"}"), "id");
    }

    @Test
    void aRejectionPastItsWindowIsFinal() {
        UUID id = rows.reviewItem(seller.id(), prospect, "Hi Ana");
        call(seller.token(), "rejectMessage", "{\"id\":\"" + id + "\"}");
        rows.execute("UPDATE review_items SET reviewed_at = now() - interval '31 seconds' WHERE id = :id", Map.of("id", id));

        TestHttp.Response r = undo(id);

        assertThat(r.status()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM review_items WHERE id = :id AND status = 'rejected'", id)).isEqualTo(1);
    }

    /** Order 1: the claim holds the row (its UPDATE to sending, uncommitted); the undo waits, then loses. */
    @Test
    void aClaimThatLockedTheRowFirstWinsAndTheWaitingUndoIsRefused() throws Exception {
        UUID id = approved("Hi Ana");
        windowPassed(id);
        UUID message = outboxRow(id);
        EmbeddedPostgresServer pg = LocalStack.shared().postgres();
        try (Connection claimer = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
             Statement claim = claimer.createStatement()) {
            claimer.setAutoCommit(false);
            // the claim's own effect on the row (Outbox.lease), held open
            assertThat(claim.executeUpdate("UPDATE outbound_messages SET status = 'sending', claimed_at = now(),"
                    + " lease_expires_at = now() + interval '5 minutes', attempts = attempts + 1"
                    + " WHERE id = '" + message + "' AND status = 'queued'")).isEqualTo(1);
            CompletableFuture<TestHttp.Response> undo = CompletableFuture.supplyAsync(() -> undo(id));
            Thread.sleep(400);
            assertThat(undo).as("the undo waits for the claim's row lock").isNotDone();
            claimer.commit();
            TestHttp.Response r = undo.get(10, TimeUnit.SECONDS);
            assertThat(r.status()).as(r.body()).isEqualTo(409);
        }
        assertThat(count("SELECT count(*) FROM review_items WHERE id = :id AND status = 'approved'", id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbound_messages WHERE review_item_id = :id AND status = 'sending'", id))
                .isEqualTo(1);
    }

    /**
     * Order 2: the undo holds the row (it deleted it and waits on the item, locked here); a real claim then
     * skips the row, and once the undo commits the message is gone: nothing to send.
     */
    @Test
    void anUndoThatLockedTheRowFirstWinsAndTheClaimSkipsTheMessage() throws Exception {
        UUID id = approved("Hi Ana");
        windowPassed(id);
        UUID message = outboxRow(id);
        EmbeddedPostgresServer pg = LocalStack.shared().postgres();
        CompletableFuture<TestHttp.Response> undo;
        try (Connection other = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
             Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.execute("SELECT 1 FROM review_items WHERE id = '" + id + "' FOR UPDATE");
            undo = CompletableFuture.supplyAsync(() -> undo(id));
            // the undo has deleted the outbox row (holding its lock) and now waits for the item
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!rowLocked(other, message) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(rowLocked(other, message)).as("the undo holds the outbox row").isTrue();
            assertThat(claimAll()).doesNotContain(message.toString());
            other.commit();
        }
        TestHttp.Response r = undo.get(10, TimeUnit.SECONDS);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(claimAll()).doesNotContain(message.toString());
        assertThat(count("SELECT count(*) FROM outbound_messages WHERE review_item_id = :id", id)).isZero();
        assertThat(count("SELECT count(*) FROM review_items WHERE id = :id AND status = 'pending'", id)).isEqualTo(1);
    }

    /** Whether another transaction holds the outbox row's lock (a NOWAIT probe from a savepoint). */
    private static boolean rowLocked(Connection c, UUID message) throws Exception {
        var savepoint = c.setSavepoint();
        try (Statement s = c.createStatement()) {
            s.execute("SELECT 1 FROM outbound_messages WHERE id = '" + message + "' FOR UPDATE NOWAIT");
            c.rollback(savepoint);
            return false;
        } catch (java.sql.SQLException e) {
            c.rollback(savepoint);
            return "55P03".equals(e.getSQLState());
        }
    }

    /** Many rounds of an undo and a claim sent at the same moment: always exactly one of them wins. */
    @Test
    void anUndoAndAClaimRacingHaveExactlyOneWinner() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                UUID id = approved("Round " + round);
                windowPassed(id);
                UUID message = outboxRow(id);
                Future<TestHttp.Response> undo = pool.submit(() -> undo(id));
                Future<Set<String>> claim = pool.submit(this::claimAll);
                boolean undone = undo.get().status() == 200;
                boolean claimed = claim.get().contains(message.toString());
                assertThat(undone).as("round %d: undone xor claimed", round).isNotEqualTo(claimed);
                assertThat(count("SELECT count(*) FROM outbound_messages WHERE review_item_id = :id", id))
                        .isEqualTo(undone ? 0 : 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
