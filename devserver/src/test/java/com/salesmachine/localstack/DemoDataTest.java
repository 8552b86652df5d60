package com.salesmachine.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Seeds the demo account (twice) into a migrated embedded PostgreSQL and checks what a new user would see. */
class DemoDataTest {

    private static final List<String> TABLES = List.of("users", "campaigns", "prospects", "enrichments", "messages",
            "review_items", "outbound_messages", "meetings", "warmups", "warmup_days", "activity_events");

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;
    private static JdbcTemplate jdbc;
    private static UUID demoUser;
    private static long firstSeedMillis;

    @BeforeAll
    static void seedOnce() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        long start = System.nanoTime();
        demoUser = DemoData.seed(dataSource);
        firstSeedMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("DemoData.seed took " + firstSeedMillis + " ms");
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void seedingTwiceChangesNothing() {
        Map<String, Integer> before = rowCounts();
        String fingerprintBefore = fingerprint();

        UUID again = DemoData.seed(dataSource);
        UUID viaUrl = DemoData.seed(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");

        assertThat(again).isEqualTo(demoUser);
        assertThat(viaUrl).isEqualTo(demoUser);
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(fingerprint()).isEqualTo(fingerprintBefore);
    }

    @Test
    void theDemoAccountLogsInWithTheDocumentedPasswordAndHasFinishedOnboarding() {
        Map<String, Object> user = jdbc.queryForMap(
                "SELECT id, password_hash, onboarding_completed, jsonb_exists_all(onboarding, array['icp','persona','limits','warmup']) AS all_steps"
                        + " FROM users WHERE email = ?", DemoData.EMAIL);

        assertThat(user.get("id")).isEqualTo(demoUser);
        assertThat(new BCryptPasswordEncoder(10).matches(DemoData.PASSWORD, (String) user.get("password_hash"))).isTrue();
        assertThat(user).containsEntry("onboarding_completed", true).containsEntry("all_steps", true);
    }

    @Test
    void thereAreThreeCampaignsOneActiveOnePausedOneDraft() {
        assertThat(jdbc.queryForList("SELECT status FROM campaigns WHERE user_id = ? ORDER BY status", String.class, demoUser))
                .containsExactly("active", "draft", "paused");
    }

    @Test
    void twoHundredProspectsCoverEveryStatusWithAccentedNamesAndBothContactKinds() {
        assertThat(count("SELECT count(*) FROM prospects WHERE user_id = ?")).isEqualTo(DemoData.PROSPECTS);
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM prospects WHERE user_id = ?", String.class, demoUser))
                .containsExactlyInAnyOrder("new", "contacted", "engaged", "qualified", "meeting_booked",
                        "meeting_completed", "customer", "lost", "nurture", "unsubscribed");
        assertThat(count("SELECT count(*) FROM prospects WHERE user_id = ? AND full_name <> sm_unaccent(full_name)"))
                .isGreaterThan(20);
        assertThat(count("SELECT count(*) FROM prospects WHERE user_id = ? AND email IS NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM prospects WHERE user_id = ? AND linkedin_url IS NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM prospects WHERE user_id = ? AND is_vip")).isPositive();
        assertThat(count("SELECT count(*) FROM prospects WHERE user_id = ? AND campaign_id IS NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM enrichments WHERE user_id = ?")).isBetween(150, 199);
        assertThat(count("SELECT count(DISTINCT prospect_id) FROM messages WHERE user_id = ?")).isGreaterThan(100);
    }

    @Test
    void theReviewQueueHoldsVipBlockedAndLowConfidenceDraftsPlusAFewDecidedOnes() {
        assertThat(count("SELECT count(*) FROM review_items WHERE user_id = ? AND status = 'pending'")).isGreaterThanOrEqualTo(15);
        assertThat(count("""
                SELECT count(*) FROM review_items r JOIN prospects p ON p.id = r.prospect_id
                WHERE r.user_id = ? AND r.status = 'pending' AND p.is_vip""")).isGreaterThanOrEqualTo(3);
        assertThat(count("""
                SELECT count(*) FROM review_items WHERE user_id = ? AND status = 'pending' AND cardinality(blocked_topics) > 0
                AND (proposed_message ILIKE '%guarantee%' OR proposed_message ILIKE '%cheapest price%')""")).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT count(*) FROM review_items WHERE user_id = ? AND status = 'pending' AND confidence_score < 65"))
                .isGreaterThanOrEqualTo(2);
        assertThat(count("""
                SELECT count(*) FROM review_items r JOIN prospects p ON p.id = r.prospect_id
                WHERE r.user_id = ? AND r.status = 'pending' AND NOT p.is_vip AND r.confidence_score >= 80
                AND cardinality(r.blocked_topics) = 0""")).as("pending drafts with no reason to be reviewed").isZero();
        assertThat(jdbc.queryForList("SELECT DISTINCT status FROM review_items WHERE user_id = ? AND status <> 'pending'",
                String.class, demoUser)).containsExactlyInAnyOrder("approved", "edited", "rejected");
        assertThat(count("""
                SELECT count(*) FROM review_items r JOIN outbound_messages o ON o.review_item_id = r.id
                WHERE r.user_id = ? AND r.status IN ('approved', 'edited')""")).isEqualTo(
                count("SELECT count(*) FROM review_items WHERE user_id = ? AND status IN ('approved', 'edited')"));
    }

    @Test
    void meetingsWarmupsAndRecentActivityAreThere() {
        assertThat(count("SELECT count(*) FROM meetings WHERE user_id = ? AND scheduled_at > now() AND status IN ('scheduled', 'confirmed')"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT count(*) FROM meetings WHERE user_id = ? AND scheduled_at < now() AND status = 'completed'"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT count(*) FROM warmups WHERE user_id = ? AND completed_at IS NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM warmups WHERE user_id = ? AND connection_status = 'accepted'")).isPositive();
        assertThat(count("SELECT count(*) FROM warmup_days WHERE user_id = ?")).isPositive();
        assertThat(count("SELECT count(*) FROM activity_events WHERE user_id = ? AND at > now() - interval '14 days'"))
                .isBetween(90, 110);
        assertThat(count("SELECT count(DISTINCT type) FROM activity_events WHERE user_id = ?")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void seedingIsFast() {
        assertThat(firstSeedMillis).as("first seed in ms (includes one BCrypt hash)").isLessThan(5_000);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class, demoUser);
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class));
        }
        return counts;
    }

    /** A digest of the content that must not move when seeding again. */
    private String fingerprint() {
        return jdbc.queryForObject("""
                SELECT md5(string_agg(id::text || full_name || status || coalesce(email, '') || updated_at::text, ',' ORDER BY id))
                FROM prospects WHERE user_id = ?""", String.class, demoUser);
    }
}
