package com.salesmachine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V100: prospect_tallies (dashboardStats' all / contacted / replied per user) stays equal to counting the rows, whatever
 * statement writes prospects: single and multi-row inserts (duplicates skipped by ON CONFLICT), status and timestamp
 * moves in both directions, bulk updates, deletes, the database's own cascades (a campaign deleted, a user deleted),
 * and a load that bypassed the triggers followed by sm_recount_prospect_tallies().
 */
class ProspectTalliesTest {

    private static final String COUNTED = """
            SELECT count(*) AS prospects,
                   count(*) FILTER (WHERE last_contacted_at IS NOT NULL OR last_replied_at IS NOT NULL
                                       OR status NOT IN ('new', 'lost', 'nurture', 'unsubscribed')) AS contacted,
                   count(*) FILTER (WHERE last_replied_at IS NOT NULL) AS replied
            FROM prospects WHERE user_id = ?""";

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migrate() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void everyKindOfWriteKeepsTheTalliesEqualToCountingTheRows() {
        UUID user = newUser();
        UUID other = newUser();
        assertThat(tallies(user)).as("no prospect yet: no row, dashboardStats reads 0").isNull();

        UUID one = insert(user, "new", null, null);
        insert(user, "contacted", "now()", null);
        insert(user, "engaged", "now()", "now()");
        insert(other, "lost", "now()", null);
        assertTallies(user, 3, 2, 1);
        assertTallies(other, 1, 1, 0);

        // one multi-row statement over two users, one row a duplicate that ON CONFLICT skips
        jdbc.update("""
                INSERT INTO prospects (user_id, full_name, company_name, email, status, last_contacted_at)
                VALUES (?, 'A', 'Acme', 'a@x.io', 'qualified', now()), (?, 'B', 'Acme', 'b@x.io', 'new', NULL),
                       (?, 'C', 'Acme', 'c@x.io', 'nurture', NULL), (?, 'A again', 'Acme', 'A@x.io', 'customer', now())
                ON CONFLICT DO NOTHING""", user, user, other, user);
        assertTallies(user, 5, 3, 1);
        assertTallies(other, 2, 1, 0);

        // moves in both directions, one by one and in bulk
        jdbc.update("UPDATE prospects SET status = 'contacted', last_contacted_at = now() WHERE id = ?", one);
        assertTallies(user, 5, 4, 1);
        jdbc.update("UPDATE prospects SET last_replied_at = now() WHERE user_id = ?", user);
        assertTallies(user, 5, 5, 5);
        jdbc.update("UPDATE prospects SET status = 'new', last_contacted_at = NULL, last_replied_at = NULL WHERE user_id = ?",
                user);
        assertTallies(user, 5, 0, 0);
        jdbc.update("UPDATE prospects SET status = 'meeting_booked' WHERE user_id IN (?, ?)", user, other);
        assertTallies(user, 5, 5, 0);
        assertTallies(other, 2, 2, 0);

        // an update that changes no tally writes no tally row (no new row version, so no lock either)
        Object version = jdbc.queryForObject("SELECT xmin::text FROM prospect_tallies WHERE user_id = ?", String.class, user);
        jdbc.update("UPDATE prospects SET is_vip = true, last_activity_at = now() WHERE user_id = ?", user);
        assertThat(jdbc.queryForObject("SELECT xmin::text FROM prospect_tallies WHERE user_id = ?", String.class, user))
                .isEqualTo(version);

        // a campaign deleted sets its prospects' campaign_id to NULL (a cascade UPDATE): nothing changes
        UUID campaign = jdbc.queryForObject("INSERT INTO campaigns (user_id, name) VALUES (?, 'C') RETURNING id",
                UUID.class, user);
        jdbc.update("UPDATE prospects SET campaign_id = ? WHERE user_id = ?", campaign, user);
        jdbc.update("DELETE FROM campaigns WHERE id = ?", campaign);
        assertTallies(user, 5, 5, 0);

        jdbc.update("DELETE FROM prospects WHERE id = ?", one);
        assertTallies(user, 4, 4, 0);
        jdbc.update("DELETE FROM prospects WHERE user_id IN (?, ?) AND full_name = 'A'", user, other);
        assertTallies(user, 3, 3, 0);
        assertTallies(other, 2, 2, 0);

        jdbc.update("DELETE FROM users WHERE id = ?", other);
        assertThat(tallies(other)).as("a deleted user's tally row goes with them").isNull();
        assertTallies(user, 3, 3, 0);
    }

    @Test
    void aLoadThatBypassedTheTriggersIsRecountedFromTheRows() {
        UUID user = newUser();
        insert(user, "engaged", "now()", "now()");
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            try (var sql = connection.createStatement()) {
                sql.execute("SET session_replication_role = replica");
                sql.execute("INSERT INTO prospects (user_id, full_name, company_name, email, status) SELECT '" + user
                        + "', 'Bulk ' || n, 'Acme', 'bulk' || n || '@x.io', 'new' FROM generate_series(1, 50) n");
                sql.execute("RESET session_replication_role");
            }
            return null;
        });
        assertThat(tallies(user)).as("the bypassed rows are not counted yet").containsEntry("prospects", 1L);

        jdbc.execute("SELECT sm_recount_prospect_tallies()");

        assertTallies(user, 51, 1, 1);
    }

    // --- fixtures ---------------------------------------------------------------------------------------------

    private static UUID newUser() {
        return jdbc.queryForObject("INSERT INTO users (email, password_hash) VALUES (?, 'hash') RETURNING id",
                UUID.class, UUID.randomUUID() + "@example.com");
    }

    private static UUID insert(UUID user, String status, String contactedAt, String repliedAt) {
        return jdbc.queryForObject("INSERT INTO prospects (user_id, full_name, company_name, email, status,"
                + " last_contacted_at, last_replied_at) VALUES (?, 'Zoë Müller', 'Acme', ?, ?, " + contactedAt + ", "
                + repliedAt + ") RETURNING id", UUID.class, user, UUID.randomUUID() + "@x.io", status);
    }

    private static Map<String, Object> tallies(UUID user) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT prospects, contacted, replied FROM prospect_tallies WHERE user_id = ?", user);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private static void assertTallies(UUID user, long prospects, long contacted, long replied) {
        Map<String, Object> counted = jdbc.queryForMap(COUNTED, user);
        assertThat(counted).as("the rows themselves (the test's own arithmetic)")
                .containsEntry("prospects", prospects).containsEntry("contacted", contacted).containsEntry("replied", replied);
        assertThat(tallies(user)).as("prospect_tallies").isEqualTo(counted);
    }
}
