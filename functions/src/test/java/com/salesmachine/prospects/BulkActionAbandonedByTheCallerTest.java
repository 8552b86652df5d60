package com.salesmachine.prospects;

import com.salesmachine.dashboard.Fixtures;
import com.salesmachine.localstack.EmbeddedPostgresServer;
import com.salesmachine.localstack.LocalStack;
import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.RawHttp;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole-filter bulk action takes seconds on a large account (13-17 s for 200,000 rows in bench/scale), and a
 * seller may close the tab meanwhile. The action is one transaction: if the caller goes away before the answer, the
 * server rolls it back, so nothing changes and no audit entry says it did (the SPA warns before the tab closes).
 * Made deterministic with a row lock: the action's UPDATE waits on one of the user's rows, held by another
 * transaction, until the caller has gone; then the lock is released and the statement finishes.
 */
class BulkActionAbandonedByTheCallerTest extends ApplicationTest {

    private static final String BODY = "{\"selection\":{\"filter\":{}},\"status\":\"nurture\"}";
    private static final String WAITING_UPDATE = """
            SELECT pid FROM pg_stat_activity
            WHERE query LIKE 'UPDATE prospect_pipeline p SET status = $1%' AND wait_event_type = 'Lock'""";

    @Autowired
    DatabaseClient db;

    @Test
    void aCallerThatGoesAwayBeforeTheAnswerChangesNothing() throws Exception {
        var me = sellerWithFiftyProspects();
        try (Connection holder = connect(); Connection watcher = connect()) {
            lockOneRow(holder, me.id());
            int pid;
            try (Socket caller = send(me.token())) {
                pid = waitingUpdate(watcher);
            } // the caller goes away: the connection closes with the action still waiting
            Thread.sleep(1_000); // time for the server to see the connection close (a loopback FIN: milliseconds)
            holder.rollback();
            waitUntilIdle(watcher, pid);
        }

        assertNurtureRowsAndAuditEntries(me.id(), 0, 0);
    }

    /** The same steps with a caller that waits: the action completes, so the test above fails for its own reason. */
    @Test
    void aCallerThatWaitsGetsTheActionDoneThroughTheSameLockWait() throws Exception {
        var me = sellerWithFiftyProspects();
        RawHttp.Answer answer;
        try (Connection holder = connect(); Connection watcher = connect()) {
            lockOneRow(holder, me.id());
            try (Socket caller = send(me.token())) {
                waitingUpdate(watcher);
                holder.rollback();
                answer = RawHttp.read(caller);
            }
        }

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("{\"changed\":50}");
        assertNurtureRowsAndAuditEntries(me.id(), 50, 1);
    }

    private Fixtures.Account sellerWithFiftyProspects() {
        var me = Fixtures.signUp(http);
        db.sql("""
                INSERT INTO prospects (user_id, full_name, company_name, email)
                SELECT :user, 'Lead ' || n, 'Acme', 'lead-' || n || '@example.com' FROM generate_series(1, 50) n""")
                .bind("user", me.id()).fetch().rowsUpdated().block();
        return me;
    }

    private static Connection connect() throws SQLException {
        EmbeddedPostgresServer pg = LocalStack.shared().postgres();
        return DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
    }

    private void assertNurtureRowsAndAuditEntries(UUID user, long rows, long auditEntries) {
        Fixtures f = new Fixtures(db);
        assertThat(f.count("SELECT count(*) FROM prospects WHERE user_id = :user AND status = 'nurture'",
                Map.of("user", user))).isEqualTo(rows);
        assertThat(f.count("SELECT count(*) FROM audit_entries WHERE user_id = :user"
                + " AND action = 'prospects.bulk_status_changed'", Map.of("user", user))).isEqualTo(auditEntries);
    }

    private static void lockOneRow(Connection holder, UUID user) throws SQLException {
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement(
                "SELECT id FROM prospects WHERE user_id = ? ORDER BY created_at LIMIT 1 FOR UPDATE")) {
            lock.setObject(1, user);
            lock.executeQuery().close();
        }
    }

    /** The request, written whole on its own connection; the answer is not read here. */
    private Socket send(String token) throws IOException {
        return RawHttp.open(port, "POST", "/bulkSetProspectStatus", Map.of("Authorization", "Bearer " + token,
                "Content-Type", "application/json"), BODY.getBytes(StandardCharsets.UTF_8));
    }

    /** The backend running the action's UPDATE, once it waits for the held row. */
    private static int waitingUpdate(Connection watcher) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            try (Statement s = watcher.createStatement(); ResultSet r = s.executeQuery(WAITING_UPDATE)) {
                if (r.next()) {
                    return r.getInt(1);
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the bulk action's UPDATE never waited for the held row");
    }

    /** Until that backend's transaction has ended (committed or rolled back), so the assertions see its outcome. */
    private static void waitUntilIdle(Connection watcher, int pid) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            try (PreparedStatement s = watcher.prepareStatement("SELECT state FROM pg_stat_activity WHERE pid = ?")) {
                s.setInt(1, pid);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next() || "idle".equals(r.getString(1))) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the bulk action's transaction did not end");
    }
}
