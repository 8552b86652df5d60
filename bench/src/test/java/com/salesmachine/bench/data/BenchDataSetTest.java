package com.salesmachine.bench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.salesmachine.localstack.EmbeddedPostgresServer;
import com.salesmachine.localstack.LocalStack;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The generator at a tiny size, in a database of its own (it drops and rebuilds indexes while loading). */
class BenchDataSetTest {

    private static final String DATABASE = "bench_data_set_test";
    private static final BenchDataSet.Size SIZE = new BenchDataSet.Size("test", 3_000, 7, 1_000);
    private static EmbeddedPostgresServer postgres;
    private static BenchDataSet.Loaded loaded;

    @BeforeAll
    static void load() throws SQLException {
        postgres = LocalStack.shared().postgres();
        try (Connection admin = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(), postgres.password());
             Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
        postgres.createDatabase(DATABASE);
        Flyway.configure().dataSource(url(), postgres.username(), postgres.password())
                .locations("classpath:db/migration").load().migrate();
        loaded = BenchDataSet.load(url(), postgres.username(), postgres.password(), SIZE);
    }

    private static String url() {
        return postgres.jdbcUrl(DATABASE);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), postgres.username(), postgres.password());
    }

    @Test
    void everyUserHasTheProspectsTheSizePromisesAndTheLargestIsUserOne() throws SQLException {
        assertThat(loaded.rows()).containsEntry("users", 7L).containsEntry("prospects", 3_000L);
        try (Connection jdbc = connect(); Statement sql = jdbc.createStatement();
             ResultSet r = sql.executeQuery("""
                     SELECT u.email, u.id, count(p.id) FROM users u LEFT JOIN prospects p ON p.user_id = u.id
                     GROUP BY u.email, u.id ORDER BY u.email""")) {
            for (int number = 1; number <= SIZE.users(); number++) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo(BenchDataSet.email(number));
                assertThat(r.getObject(2, UUID.class)).isEqualTo(BenchDataSet.userId(number));
                assertThat(r.getLong(3)).as("prospects of user %d", number).isEqualTo(SIZE.prospectsOf(number));
            }
        }
        assertThat(BenchDataSet.largestUserEmail()).isEqualTo("bench-user-001@bench.local");
    }

    @Test
    void everyUserLogsInWithTheBenchPassword() throws SQLException {
        try (Connection jdbc = connect(); Statement sql = jdbc.createStatement();
             ResultSet r = sql.executeQuery("SELECT DISTINCT password_hash FROM users")) {
            assertThat(r.next()).isTrue();
            assertThat(new BCryptPasswordEncoder().matches(BenchDataSet.PASSWORD, r.getString(1))).isTrue();
            assertThat(r.next()).as("one hash for every user").isFalse();
        }
    }

    @Test
    void theDataSpansEveryStatusWithEnrichmentsThreadsReviewsMeetingsAndActivity() throws SQLException {
        try (Connection jdbc = connect(); Statement sql = jdbc.createStatement()) {
            assertThat(strings(sql, "SELECT DISTINCT status FROM prospects ORDER BY 1")).containsExactly(
                    "contacted", "customer", "engaged", "lost", "meeting_booked", "meeting_completed", "new",
                    "nurture", "qualified", "unsubscribed");
            assertThat(strings(sql, "SELECT DISTINCT status FROM review_items ORDER BY 1"))
                    .containsExactly("approved", "edited", "pending", "rejected");
            assertThat(strings(sql, "SELECT DISTINCT direction FROM messages ORDER BY 1")).containsExactly("inbound", "outbound");
            assertThat(strings(sql, "SELECT DISTINCT status FROM outbound_messages ORDER BY 1")).contains("sent");
            assertThat(strings(sql, "SELECT DISTINCT status FROM meetings ORDER BY 1")).contains("completed", "scheduled");
            assertThat(loaded.rows().get("enrichments")).isBetween(1_500L, 2_100L);
            assertThat(loaded.rows().get("messages")).isGreaterThan(2_000L);
            assertThat(loaded.rows().get("activity_events")).isGreaterThan(3_000L);
            assertThat(loaded.rows().get("warmups")).isPositive();
            assertThat(strings(sql, "SELECT p.full_name FROM prospect_search s JOIN prospects p ON p.id = s.id"
                    + " WHERE s.search_text LIKE '%jose alvarez%' LIMIT 1"))
                    .singleElement().isEqualTo("José Álvarez");
        }
    }

    @Test
    void theSecondaryIndexesAreBackAfterTheLoad() throws SQLException {
        try (Connection jdbc = connect(); Statement sql = jdbc.createStatement()) {
            assertThat(strings(sql, "SELECT indexname FROM pg_indexes WHERE tablename = 'prospect_facts'"))
                    .contains("prospects_user_created_idx", "prospects_user_email_uniq");
            assertThat(strings(sql, "SELECT indexname FROM pg_indexes WHERE tablename = 'prospect_pipeline'"))
                    .containsExactlyInAnyOrder("prospect_pipeline_pkey", "prospect_pipeline_user_status_idx",
                            "prospect_pipeline_user_campaign_idx", "prospect_pipeline_user_vip_idx");
            // the loader writes the pipeline rows itself (triggers off): each facts row has one, with its mirror
            assertThat(strings(sql, """
                    SELECT count(*)::text FROM prospect_facts f
                    FULL JOIN prospect_pipeline p ON p.user_id = f.user_id AND p.id = f.id
                    WHERE f.id IS NULL OR p.id IS NULL OR p.created_at <> f.created_at
                       OR p.title_folded IS DISTINCT FROM lower(f.job_title)
                       OR p.has_linkedin <> (f.linkedin_url IS NOT NULL) OR p.has_email <> (f.email IS NOT NULL)
                       OR p.reached <> (f.last_contacted_at IS NOT NULL OR f.last_replied_at IS NOT NULL)
                       OR p.replied <> (f.last_replied_at IS NOT NULL)""")).containsExactly("0");
            assertThat(strings(sql, "SELECT indexname FROM pg_indexes WHERE tablename = 'prospect_search'"))
                    .contains("prospect_search_trgm_idx", "prospect_search_user_created_idx");
            assertThat(strings(sql, """
                    SELECT count(*)::text FROM prospects p FULL JOIN prospect_search s ON s.id = p.id
                    WHERE p.id IS NULL OR s.id IS NULL
                       OR s.search_text <> sm_search_text(p.full_name, p.company_name, p.email)""")).containsExactly("0");
            assertThat(strings(sql, "SELECT indexname FROM pg_indexes WHERE tablename = 'messages'"))
                    .contains("messages_prospect_at_idx");
        }
    }

    @Test
    void aSecondLoadIntoTheSameDatabaseIsRefused() {
        assertThatThrownBy(() -> BenchDataSet.load(url(), postgres.username(), postgres.password(), SIZE))
                .hasMessageContaining("already holds the bench data set");
    }

    @Test
    void idsAreTheSameFunctionOfTheRowNumberInJavaAndSql() throws SQLException {
        try (Connection jdbc = connect(); Statement sql = jdbc.createStatement()) {
            assertThat(strings(sql, "SELECT md5('bench-prospect-7')::uuid::text"))
                    .containsExactly(BenchDataSet.prospectId(7).toString());
            assertThat(strings(sql, "SELECT count(*)::text FROM prospects WHERE id = '" + BenchDataSet.prospectId(7) + "'"))
                    .containsExactly("1");
        }
    }

    private static List<String> strings(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet r = sql.executeQuery(query)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }
}
