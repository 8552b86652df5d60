package com.salesmachine.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs the Flyway migrations against a real embedded PostgreSQL and checks that the schema enforces the rules. */
class MigrationsTest {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHECK_VIOLATION = "23514";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void migrate() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void everyEntityOfTheProductHasATable() {
        List<String> tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", String.class);

        assertThat(tables).contains("users", "campaigns", "prospects", "enrichments", "messages", "review_items",
                "outbound_messages", "meetings", "templates", "warmups", "warmup_days", "activity_events",
                "audit_entries", "integration_deliveries");
    }

    /** V119: the funnel's index-only reads of the week counts stay heap-free only if the table is vacuumed often. */
    @Test
    void theWeekCountsAreVacuumedAfterTwoThousandChangedCellsWhateverTheTableSize() {
        List<String> options = jdbc.queryForList(
                "SELECT unnest(reloptions) FROM pg_class WHERE oid = 'prospect_week_counts'::regclass", String.class);
        assertThat(options).contains("autovacuum_vacuum_scale_factor=0", "autovacuum_vacuum_threshold=2000",
                "autovacuum_vacuum_insert_scale_factor=0", "autovacuum_vacuum_insert_threshold=2000");
    }

    /**
     * V120: a day's first instant in a time zone, including the day whose midnight occurs twice (Havana, clocks back
     * from 01:00 to 00:00: the first 00:00, not PostgreSQL's reading of an ambiguous time, the second) and the day
     * whose midnight does not exist (Havana, 00:00 -> 01:00), checked against java.time's atStartOfDay.
     */
    @Test
    void aLocalDayStartsAtItsFirstInstantAcrossClockChanges() {
        String[][] cases = {{"America/Havana", "2026-11-01"}, {"America/Havana", "2026-03-08"},
                {"America/Havana", "2026-10-31"}, {"Asia/Kolkata", "2026-12-07"}, {"Australia/Lord_Howe", "2026-10-04"},
                {"Australia/Lord_Howe", "2026-04-05"}, {"Europe/Paris", "2026-10-25"}, {"Europe/Paris", "2026-03-29"},
                {"Pacific/Chatham", "2026-09-27"}, {"UTC", "2026-01-01"}};
        for (String[] c : cases) {
            Instant expected = LocalDate.parse(c[1]).atStartOfDay(ZoneId.of(c[0])).toInstant();
            OffsetDateTime start = jdbc.queryForObject("SELECT sm_local_day_start(CAST(? AS date), ?)",
                    OffsetDateTime.class, c[1], c[0]);
            assertThat(start.toInstant()).as(c[0] + " " + c[1]).isEqualTo(expected);
        }
        assertThat(jdbc.queryForObject("SELECT sm_local_day_start('2026-11-01', 'America/Havana')"
                + " < '2026-11-01 00:00'::timestamp AT TIME ZONE 'America/Havana'", Boolean.class))
                .as("the first of Havana's two midnights on 2026-11-01, an hour before PostgreSQL's reading").isTrue();
    }

    @Test
    void enumColumnsRefuseValuesOutsideTheProductVocabulary() {
        UUID user = newUser();
        UUID prospect = newProspect(user, "https://linkedin.com/in/enum-check", null);

        assertViolates(CHECK_VIOLATION, () -> jdbc.update(
                "UPDATE prospects SET status = 'hot_lead' WHERE id = ?", prospect));
        assertViolates(CHECK_VIOLATION, () -> jdbc.update(
                "INSERT INTO campaigns (user_id, name, status) VALUES (?, 'c', 'running')", user));
        assertViolates(CHECK_VIOLATION, () -> jdbc.update(
                "INSERT INTO review_items (user_id, prospect_id, message_type, channel, proposed_message, confidence_score)"
                        + " VALUES (?, ?, 'cold_call', 'email', 'hi', 50)", user, prospect));
        assertViolates(CHECK_VIOLATION, () -> jdbc.update(
                "INSERT INTO outbound_messages (user_id, prospect_id, channel, text, status) VALUES (?, ?, 'email', 'hi', 'lost')",
                user, prospect));
        assertViolates(CHECK_VIOLATION, () -> jdbc.update(
                "INSERT INTO messages (user_id, prospect_id, direction, channel, text) VALUES (?, ?, 'outbound', 'fax', 'hi')",
                user, prospect));
        assertViolates(CHECK_VIOLATION, () -> jdbc.update(
                "INSERT INTO meetings (user_id, prospect_id, title, scheduled_at, status) VALUES (?, ?, 't', now(), 'maybe')",
                user, prospect));
        assertViolates(CHECK_VIOLATION, () -> jdbc.update(
                "INSERT INTO warmups (user_id, prospect_id, planned_days, connection_status) VALUES (?, ?, 7, 'friends')",
                user, prospect));
    }

    @Test
    void aLinkedinProfileIsStoredOncePerUserHoweverItsUrlIsSpelled() {
        UUID user = newUser();
        newProspect(user, "https://www.linkedin.com/in/jose-alvarez/", null);

        assertViolates(UNIQUE_VIOLATION,
                () -> newProspect(user, "HTTP://fr.LinkedIn.com/in/Jose-Alvarez?trk=public_profile#about", null));
        UUID otherUser = newUser();
        assertThat(newProspect(otherUser, "https://linkedin.com/in/jose-alvarez", null)).isNotNull();
    }

    @Test
    void anEmailIsStoredOncePerUserWhateverItsCaseButAnotherUserMayHaveIt() {
        UUID user = newUser();
        newProspect(user, null, "zoe.muller@acme.io");

        assertViolates(UNIQUE_VIOLATION, () -> newProspect(user, null, "Zoe.Muller@ACME.io"));
        UUID otherUser = newUser();
        assertThat(newProspect(otherUser, null, "zoe.muller@acme.io")).isNotNull();
    }

    @Test
    void aProspectNeedsALinkedinUrlOrAnEmail() {
        UUID user = newUser();

        assertViolates(CHECK_VIOLATION, () -> newProspect(user, null, null));
    }

    @Test
    void userEmailsAreUniqueCaseInsensitively() {
        jdbc.update("INSERT INTO users (email, password_hash) VALUES ('Founder@Example.com', 'x')");

        assertViolates(UNIQUE_VIOLATION,
                () -> jdbc.update("INSERT INTO users (email, password_hash) VALUES ('founder@example.COM', 'x')"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM users WHERE email = 'FOUNDER@example.com'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void newUsersGetTheDefaultSettingsAndTheDailyEmailLimitCannotExceedTheHardCap() {
        UUID user = newUser();

        Map<String, Object> settings = jdbc.queryForMap("""
                SELECT (settings ->> 'dailyEmailLimit')::int AS daily, (settings ->> 'aiConfidenceThreshold')::int AS threshold,
                       settings ->> 'mode' AS mode, (settings #>> '{warmup,dailyActionLimit}')::int AS warmup_actions,
                       timezone, onboarding_completed
                FROM users WHERE id = ?""", user);
        assertThat(settings).containsEntry("daily", 20).containsEntry("threshold", 80)
                .containsEntry("mode", "semi_automatic").containsEntry("warmup_actions", 40)
                .containsEntry("timezone", "UTC").containsEntry("onboarding_completed", false);
        assertViolates(CHECK_VIOLATION, () -> jdbc.update(
                "UPDATE users SET settings = settings || '{\"dailyEmailLimit\": 101}' WHERE id = ?", user));
        assertViolates(CHECK_VIOLATION, () -> jdbc.update(
                "UPDATE users SET settings = jsonb_set(settings, '{warmup,dailyActionLimit}', '41') WHERE id = ?", user));
    }

    @Test
    void aRowCannotPointAtAnotherUsersProspectOrCampaign() {
        UUID owner = newUser();
        UUID intruder = newUser();
        UUID prospect = newProspect(owner, "https://linkedin.com/in/tenant-check", null);
        UUID campaign = jdbc.queryForObject(
                "INSERT INTO campaigns (user_id, name) VALUES (?, 'Owner campaign') RETURNING id", UUID.class, owner);

        assertViolates(FOREIGN_KEY_VIOLATION, () -> jdbc.update(
                "INSERT INTO messages (user_id, prospect_id, direction, channel, text) VALUES (?, ?, 'inbound', 'email', 'hi')",
                intruder, prospect));
        assertViolates(FOREIGN_KEY_VIOLATION, () -> jdbc.update(
                "INSERT INTO prospects (user_id, campaign_id, full_name, company_name, email) VALUES (?, ?, 'A B', 'C', 'a@b.io')",
                intruder, campaign));
    }

    @Test
    void deletingAProspectErasesEverythingAboutItAndNothingElse() {
        UUID user = newUser();
        UUID erased = newProspect(user, "https://linkedin.com/in/to-be-erased", "erased@acme.io");
        UUID kept = newProspect(user, "https://linkedin.com/in/to-be-kept", "kept@acme.io");
        fillEveryChildTable(user, erased);
        fillEveryChildTable(user, kept);
        jdbc.update("INSERT INTO audit_entries (user_id, action, entity_type, entity_id) VALUES (?, 'prospect.erased', 'prospect', ?)",
                user, erased);

        jdbc.update("DELETE FROM prospects WHERE id = ?", erased);

        for (String table : CHILD_TABLES) {
            assertThat(countFor(table, erased)).as(table + " rows of the erased prospect").isZero();
            assertThat(countFor(table, kept)).as(table + " rows of the other prospect").isOne();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entries WHERE entity_id = ?", Integer.class, erased))
                .isOne();
    }

    @Test
    void deletingAUserErasesTheirRowsButKeepsTheAuditTrail() {
        UUID user = newUser();
        UUID prospect = newProspect(user, "https://linkedin.com/in/account-deletion", null);
        fillEveryChildTable(user, prospect);
        jdbc.update("INSERT INTO templates (user_id, name, channel, use_case, body) VALUES (?, 'Mine', 'email', 'follow_up', 'Hi')", user);
        jdbc.update("INSERT INTO integration_deliveries (delivery_id, user_id, function_name, request_sha256) VALUES (?, ?, 'ingestProspects', ?)",
                "d-" + user, user, "a".repeat(64));
        jdbc.update("INSERT INTO audit_entries (user_id, action, entity_type, entity_id) VALUES (?, 'account.deleted', 'user', ?)", user, user);

        jdbc.update("DELETE FROM users WHERE id = ?", user);

        for (String table : List.of("campaigns", "prospects", "enrichments", "messages", "review_items", "outbound_messages",
                "meetings", "templates", "warmups", "warmup_days", "activity_events", "integration_deliveries")) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE user_id = ?", Integer.class, user))
                    .as(table).isZero();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entries WHERE user_id = ?", Integer.class, user)).isOne();
    }

    @Test
    void deletingACampaignKeepsItsProspectsAndMeetings() {
        UUID user = newUser();
        UUID campaign = jdbc.queryForObject(
                "INSERT INTO campaigns (user_id, name) VALUES (?, 'Short-lived') RETURNING id", UUID.class, user);
        UUID prospect = jdbc.queryForObject(
                "INSERT INTO prospects (user_id, campaign_id, full_name, company_name, email) VALUES (?, ?, 'Ana Lima', 'Lima SA', 'ana@lima.br') RETURNING id",
                UUID.class, user, campaign);
        jdbc.update("INSERT INTO meetings (user_id, prospect_id, campaign_id, title, scheduled_at) VALUES (?, ?, ?, 'Intro', now())",
                user, prospect, campaign);

        jdbc.update("DELETE FROM campaigns WHERE id = ?", campaign);

        assertThat(jdbc.queryForObject("SELECT campaign_id FROM prospects WHERE id = ?", UUID.class, prospect)).isNull();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM meetings WHERE prospect_id = ? AND campaign_id IS NULL AND user_id = ?",
                Integer.class, prospect, user)).isOne();
    }

    @Test
    void aDecidedReviewItemHasExactlyOneOutboxRow() {
        UUID user = newUser();
        UUID prospect = newProspect(user, null, "one-outbox@acme.io");
        UUID item = jdbc.queryForObject("""
                INSERT INTO review_items (user_id, prospect_id, message_type, channel, proposed_message, confidence_score)
                VALUES (?, ?, 'initial_outreach', 'email', 'Hello', 60) RETURNING id""", UUID.class, user, prospect);

        assertViolates(CHECK_VIOLATION, () -> jdbc.update("UPDATE review_items SET status = 'approved' WHERE id = ?", item));
        jdbc.update("UPDATE review_items SET status = 'approved', reviewed_at = now() WHERE id = ?", item);
        String outbox = "INSERT INTO outbound_messages (user_id, review_item_id, prospect_id, channel, text) VALUES (?, ?, ?, 'email', 'Hello')";
        jdbc.update(outbox, user, item, prospect);

        assertViolates(UNIQUE_VIOLATION, () -> jdbc.update(outbox, user, item, prospect));
    }

    @Test
    void warmUpsLastSevenToFifteenDaysWithAtMostFortyActionsADay() {
        UUID user = newUser();
        UUID prospect = newProspect(user, "https://linkedin.com/in/warmup-limits", null);

        assertViolates(CHECK_VIOLATION, () -> jdbc.update(
                "INSERT INTO warmups (user_id, prospect_id, planned_days) VALUES (?, ?, 16)", user, prospect));
        jdbc.update("INSERT INTO warmups (user_id, prospect_id, planned_days) VALUES (?, ?, 10)", user, prospect);
        jdbc.update("INSERT INTO warmup_days (user_id, prospect_id, day, likes, comments) VALUES (?, ?, current_date, 30, 10)",
                user, prospect);
        assertViolates(CHECK_VIOLATION, () -> jdbc.update(
                "UPDATE warmup_days SET likes = likes + 1 WHERE prospect_id = ?", prospect));
    }

    @Test
    void auditEntriesRefuseObviousPersonalData() {
        assertViolates(CHECK_VIOLATION, () -> jdbc.update(
                "INSERT INTO audit_entries (action, entity_type, details) VALUES ('prospect.erased', 'prospect', '{\"email\": \"x@y.z\"}')"));
    }

    @Test
    void searchIsCaseAndAccentInsensitiveAndUsesTheTrigramIndex() throws SQLException {
        UUID user = newUser();
        UUID otherUser = newUser();
        jdbc.update("""
                INSERT INTO prospect_facts (user_id, full_name, company_name, email)
                SELECT CASE WHEN g % 2 = 0 THEN ?::uuid ELSE ?::uuid END, 'Person ' || md5(g::text),
                       'Company ' || left(md5((g * 7)::text), 8), 'p' || g || '@example.com'
                FROM generate_series(1, 4000) g""", user, otherUser);
        jdbc.update("INSERT INTO prospects (user_id, full_name, company_name, linkedin_url) VALUES (?, 'José Álvarez', 'Müller Söhne GmbH', 'https://linkedin.com/in/jose')", user);
        jdbc.update("INSERT INTO prospects (user_id, full_name, company_name, linkedin_url) VALUES (?, 'Jose Alvarez', 'Elsewhere', 'https://linkedin.com/in/jose')", otherUser);
        // as autovacuum would: flush the GIN pending list and refresh statistics
        jdbc.execute("VACUUM ANALYZE prospect_search");
        String search = "SELECT p.full_name FROM prospect_search s JOIN prospect_facts p ON p.user_id = s.user_id AND p.id = s.id"
                + " WHERE s.user_id = ? AND s.search_text LIKE sm_search_pattern(?)"
                + " ORDER BY s.created_at DESC, s.id DESC LIMIT 50";

        assertThat(jdbc.queryForList(search, String.class, user, "ALVAREZ")).containsExactly("José Álvarez");
        assertThat(jdbc.queryForList(search, String.class, user, "müller SÖHNE")).containsExactly("José Álvarez");

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            statement.execute("SET enable_indexonlyscan = off");
            var plan = statement.executeQuery("EXPLAIN " + search.replaceFirst("\\?", "'" + user + "'").replace("?", "'alvarez'"));
            StringBuilder text = new StringBuilder();
            while (plan.next()) {
                text.append(plan.getString(1)).append('\n');
            }
            // the user's partition of prospect_search (V115), its trigram index; no other partition is read
            assertThat(text.toString()).containsPattern("Bitmap Index Scan on prospect_search_\\d+_search_text_idx")
                    .doesNotContain("Append");
        }
    }

    @Test
    void aStatusWithAJobTitleIsCountedOffThePipelinesStatusIndexWithItsLowerCasedTitle() throws SQLException {
        UUID user = newUser();
        jdbc.update("""
                INSERT INTO prospects (user_id, full_name, company_name, email, status, job_title)
                SELECT ?::uuid, 'Person ' || g, 'Company ' || g, 'p' || g || '@example.com',
                       CASE WHEN g % 4 = 0 THEN 'qualified' ELSE 'new' END,
                       CASE WHEN g % 8 = 0 THEN 'Directrice Générale' ELSE 'Engineer ' || g END
                FROM generate_series(1, 2000) g""", user);
        jdbc.execute("VACUUM ANALYZE prospect_pipeline");
        // the list's test (ProspectFilterSql) on the pipeline's mirror of the title (V118): the same matches as
        // ILIKE on the title itself, non-ASCII capitals included
        String count = "SELECT count(*) FROM prospect_pipeline p WHERE p.user_id = ? AND p.status = 'qualified'"
                + " AND p.title_folded LIKE '%' || lower(?) || '%' ESCAPE '\\'";
        assertThat(jdbc.queryForObject(count, Long.class, user, "GÉNÉRALE")).isEqualTo(250L);
        assertThat(jdbc.queryForObject(count, Long.class, user, "générale")).isEqualTo(250L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM prospects p WHERE p.user_id = ? AND p.status = 'qualified'"
                + " AND p.job_title ILIKE '%' || ? || '%'", Long.class, user, "GÉNÉRALE")).isEqualTo(250L);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off");
            statement.execute("SET enable_bitmapscan = off");
            var plan = statement.executeQuery("EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) "
                    + count.replaceFirst("\\?", "'" + user + "'").replace("?", "'générale'"));
            StringBuilder text = new StringBuilder();
            while (plan.next()) {
                text.append(plan.getString(1)).append('\n');
            }
            // V118: the user's partition of the pipeline, its status index, which carries the title lower-cased when
            // the entry was written (no expression computed per entry); heap fetches depend on the visibility map,
            // which other tests' open transactions can keep VACUUM from setting here
            assertThat(text.toString())
                    .containsPattern("Index Only Scan using prospect_pipeline_\\d+_user_id_status_created_at_id_title_\\w*idx")
                    .containsPattern("Filter: \\(title_folded ~~");
        }
    }

    @Test
    void prospectSearchFollowsEveryWriteOfProspects() {
        UUID user = newUser();
        UUID otherUser = newUser();
        jdbc.update("""
                INSERT INTO prospect_facts (user_id, full_name, company_name, email)
                SELECT ?::uuid, 'Person ' || g, 'Company ' || g, 'p' || g || '@example.com'
                FROM generate_series(1, 30) g""", user);
        jdbc.update("INSERT INTO prospects (user_id, full_name, company_name, email) VALUES (?, 'Other', 'Co', 'o@example.com')",
                otherUser);
        UUID renamed = jdbc.queryForObject(
                "SELECT id FROM prospects WHERE user_id = ? AND full_name = 'Person 1'", UUID.class, user);
        jdbc.update("UPDATE prospects SET full_name = 'Zoë Renamed', email = 'ZOE@Example.com' WHERE id = ?", renamed);
        jdbc.update("UPDATE prospects SET status = 'contacted', is_vip = true WHERE user_id = ?", user);
        jdbc.update("DELETE FROM prospects WHERE user_id = ? AND full_name IN ('Person 2', 'Person 3')", user);

        String differences = """
                SELECT count(*) FROM (SELECT * FROM prospects WHERE user_id = ?) p
                FULL JOIN (SELECT * FROM prospect_search WHERE user_id = ?) s ON s.id = p.id
                WHERE p.id IS NULL OR s.id IS NULL OR s.created_at <> p.created_at
                   OR s.search_text <> sm_search_text(p.full_name, p.company_name, p.email)""";
        assertThat(jdbc.queryForObject(differences, Long.class, user, user)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM prospect_search WHERE user_id = ?", Long.class, user))
                .isEqualTo(28L);
        assertThat(jdbc.queryForObject("SELECT search_text FROM prospect_search WHERE id = ?", String.class, renamed))
                .isEqualTo("zoe renamed company 1 zoe@example.com");
        assertThat(jdbc.queryForObject(differences, Long.class, otherUser, otherUser)).isZero();
        // an account's deletion cascades to its prospects, and their delete trigger takes the search rows along
        jdbc.update("DELETE FROM users WHERE id = ?", otherUser);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM prospect_search WHERE user_id = ?", Long.class, otherUser))
                .isZero();
    }

    @Test
    void aProspectIsOneFactsRowAndOnePipelineRowWhateverWritesItThroughTheViewOrTheTables() {
        UUID user = newUser();
        UUID campaign = jdbc.queryForObject(
                "INSERT INTO campaigns (user_id, name) VALUES (?, 'Split') RETURNING id", UUID.class, user);
        // through the view: the facts, then the pipeline's status, campaign and VIP (V118's INSTEAD OF trigger)
        UUID viaView = jdbc.queryForObject("""
                INSERT INTO prospects (user_id, campaign_id, full_name, company_name, job_title, email, status, is_vip,
                                       vip_reason)
                VALUES (?, ?, 'Ana Lima', 'Lima SA', 'Directrice Générale', 'ana@lima.br', 'qualified', true, 'Key')
                RETURNING id""", UUID.class, user, campaign);
        // into the facts alone (a set-based fixture): the pipeline row is made with the defaults
        jdbc.update("""
                INSERT INTO prospect_facts (user_id, full_name, company_name, linkedin_url)
                SELECT ?::uuid, 'Set ' || g, 'Co', 'https://linkedin.com/in/set-' || g FROM generate_series(1, 3) g""",
                user);
        String pipeline = "SELECT status || '/' || coalesce(campaign_id::text, '-') || '/' || is_vip || '/'"
                + " || coalesce(title_folded, '-') || '/' || has_linkedin || '/' || has_email || '/' || reached || '/'"
                + " || replied FROM prospect_pipeline WHERE user_id = ? AND id = ?";
        assertThat(jdbc.queryForObject(pipeline, String.class, user, viaView))
                .isEqualTo("qualified/" + campaign + "/true/directrice générale/false/true/false/false");
        UUID viaFacts = jdbc.queryForObject("SELECT id FROM prospect_facts WHERE user_id = ? AND full_name = 'Set 1'",
                UUID.class, user);
        assertThat(jdbc.queryForObject(pipeline, String.class, user, viaFacts))
                .isEqualTo("new/-/false/-/true/false/false/false");

        // an update through the view writes the side that changed; the facts' changes reach the mirror
        jdbc.update("UPDATE prospects SET job_title = 'CTO', linkedin_url = 'https://linkedin.com/in/ana',"
                + " last_replied_at = now(), status = 'customer', campaign_id = NULL WHERE id = ?", viaView);
        assertThat(jdbc.queryForObject(pipeline, String.class, user, viaView))
                .isEqualTo("customer/-/true/cto/true/true/true/true");
        assertThat(jdbc.queryForObject("SELECT linkedin_url_normalized FROM prospects WHERE id = ?", String.class,
                viaView)).isEqualTo("linkedin.com/in/ana");
        // the view answers as the table did: the pipeline's columns and the facts' side by side
        assertThat(jdbc.queryForObject("SELECT full_name || '/' || status || '/' || is_vip FROM prospects WHERE id = ?",
                String.class, viaView)).isEqualTo("Ana Lima/customer/true");
        // a duplicate through the view is the facts' unique violation, as it was the table's
        assertThatThrownBy(() -> jdbc.update("INSERT INTO prospects (user_id, full_name, company_name, email)"
                + " VALUES (?, 'Ana Again', 'Lima SA', 'ANA@lima.br')", user))
                .hasMessageContaining("prospects_user_email_uniq");
        // a status the product does not know is refused by the pipeline's CHECK
        assertThatThrownBy(() -> jdbc.update("UPDATE prospects SET status = 'hot_lead' WHERE id = ?", viaView))
                .hasMessageContaining("prospect_pipeline_status_check");

        // a delete through the view deletes the facts, and the pipeline row goes with them
        jdbc.update("DELETE FROM prospects WHERE id = ?", viaView);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM prospect_pipeline WHERE id = ?", Long.class, viaView))
                .isZero();
        // every facts row of the user has its pipeline row and the reverse, and the day counts add up to them
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM (SELECT * FROM prospect_facts WHERE user_id = ?) f
                FULL JOIN (SELECT * FROM prospect_pipeline WHERE user_id = ?) p ON p.id = f.id
                WHERE f.id IS NULL OR p.id IS NULL OR p.created_at <> f.created_at""", Long.class, user, user)).isZero();
        assertThat(jdbc.queryForObject("SELECT sum(prospects) FROM prospect_week_counts WHERE user_id = ?", Long.class,
                user)).isEqualTo(3L);
        // a campaign's deletion empties its prospects' campaign (the pipeline's foreign key)
        UUID inCampaign = jdbc.queryForObject("""
                INSERT INTO prospects (user_id, campaign_id, full_name, company_name, email)
                VALUES (?, ?, 'In Campaign', 'Co', 'in@campaign.io') RETURNING id""", UUID.class, user, campaign);
        jdbc.update("DELETE FROM campaigns WHERE id = ?", campaign);
        assertThat(jdbc.queryForObject("SELECT campaign_id FROM prospects WHERE id = ?", UUID.class, inCampaign))
                .isNull();
    }

    @Test
    void anUpdateThroughTheViewWritesOnlyWhatItChangesSoAConcurrentChangeIsNotWrittenBack() throws Exception {
        UUID user = newUser();
        UUID prospect = jdbc.queryForObject("""
                INSERT INTO prospects (user_id, full_name, company_name, job_title, email)
                VALUES (?, 'Race Case', 'Co', 'Engineer', 'race@case.io') RETURNING id""", UUID.class, user);
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            try (Statement s = first.createStatement()) {  // holds the facts row until it commits
                s.executeUpdate("UPDATE prospects SET job_title = 'CTO', status = 'qualified' WHERE id = '" + prospect + "'");
            }
            // the second statement read the row before the first committed, then waits for its lock
            var touch = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try (Statement s = second.createStatement()) {
                    s.executeUpdate("UPDATE prospects SET last_activity_at = now() + interval '1 hour', is_vip = true"
                            + " WHERE id = '" + prospect + "'");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertThat(touch).isNotDone();
            first.commit();
            touch.get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        // the first statement's title and status survive the second, which wrote only its own columns
        assertThat(jdbc.queryForObject("SELECT job_title || '/' || status || '/' || is_vip FROM prospects WHERE id = ?",
                String.class, prospect)).isEqualTo("CTO/qualified/true");
    }

    @Test
    void systemTemplatesCoverBothChannelsAndEveryUseCaseWithKnownVariablesOnly() {
        List<Map<String, Object>> templates = jdbc.queryForList(
                "SELECT channel, use_case, subject, body, is_system FROM templates WHERE user_id IS NULL");

        assertThat(templates).hasSizeGreaterThanOrEqualTo(8).allSatisfy(t -> assertThat(t.get("is_system")).isEqualTo(true));
        for (String channel : List.of("email", "linkedin")) {
            for (String useCase : List.of("initial_outreach", "follow_up", "reply_response", "meeting_request")) {
                assertThat(templates).as(channel + "/" + useCase)
                        .anyMatch(t -> channel.equals(t.get("channel")) && useCase.equals(t.get("use_case")));
            }
        }
        Set<String> known = Set.of("firstName", "lastName", "fullName", "jobTitle", "companyName", "location",
                "senderName", "senderCompany", "talkingPoint", "painPoint", "recentActivity");
        List<String> used = new ArrayList<>();
        Matcher variable = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}").matcher("");
        for (Map<String, Object> t : templates) {
            variable.reset(t.get("body") + " " + t.get("subject"));
            while (variable.find()) {
                used.add(variable.group(1));
            }
        }
        assertThat(used).isNotEmpty().allMatch(known::contains);
    }

    @Test
    void campaignStatsAreComputedFromProspectsAndMeetings() {
        UUID user = newUser();
        UUID campaign = jdbc.queryForObject(
                "INSERT INTO campaigns (user_id, name, status) VALUES (?, 'Stats', 'active') RETURNING id", UUID.class, user);
        String insert = "INSERT INTO prospects (user_id, campaign_id, full_name, company_name, email, status, last_contacted_at, last_replied_at)"
                + " VALUES (?, ?, 'N', 'C', ?, ?, ?, ?) RETURNING id";
        var now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.queryForObject(insert, UUID.class, user, campaign, "s1@x.io", "new", null, null);
        jdbc.queryForObject(insert, UUID.class, user, campaign, "s2@x.io", "contacted", now, null);
        UUID booked = jdbc.queryForObject(insert, UUID.class, user, campaign, "s3@x.io", "meeting_booked", now, now);
        jdbc.update("INSERT INTO meetings (user_id, prospect_id, campaign_id, title, scheduled_at) VALUES (?, ?, ?, 'Demo', now())",
                user, booked, campaign);
        jdbc.update("INSERT INTO meetings (user_id, prospect_id, campaign_id, title, scheduled_at, status) VALUES (?, ?, ?, 'Old', now(), 'cancelled')",
                user, booked, campaign);

        Map<String, Object> stats = jdbc.queryForMap(
                "SELECT total_prospects, contacted, replied, qualified, meetings_booked FROM campaign_stats WHERE user_id = ? AND campaign_id = ?",
                user, campaign);

        assertThat(stats).containsEntry("total_prospects", 3L).containsEntry("contacted", 2L).containsEntry("replied", 1L)
                .containsEntry("qualified", 1L).containsEntry("meetings_booked", 1L);
    }

    // --- fixtures ---------------------------------------------------------------------------------------------

    private static final List<String> CHILD_TABLES = List.of("enrichments", "messages", "review_items",
            "outbound_messages", "meetings", "warmups", "warmup_days", "activity_events");

    private static UUID newUser() {
        return jdbc.queryForObject("INSERT INTO users (email, password_hash) VALUES (?, 'hash') RETURNING id",
                UUID.class, UUID.randomUUID() + "@example.com");
    }

    private static UUID newProspect(UUID user, String linkedinUrl, String email) {
        return jdbc.queryForObject(
                "INSERT INTO prospects (user_id, full_name, company_name, linkedin_url, email) VALUES (?, 'Zoë Müller', 'Acme', ?, ?) RETURNING id",
                UUID.class, user, linkedinUrl, email);
    }

    private static void fillEveryChildTable(UUID user, UUID prospect) {
        jdbc.update("INSERT INTO enrichments (user_id, prospect_id, talking_points, confidence_score) VALUES (?, ?, '{hiring}', 77)",
                user, prospect);
        jdbc.update("INSERT INTO messages (user_id, prospect_id, direction, channel, text) VALUES (?, ?, 'inbound', 'email', 'Hi')",
                user, prospect);
        UUID item = jdbc.queryForObject("""
                INSERT INTO review_items (user_id, prospect_id, message_type, channel, proposed_message, confidence_score, status, reviewed_at)
                VALUES (?, ?, 'follow_up', 'email', 'Hello', 90, 'approved', now()) RETURNING id""", UUID.class, user, prospect);
        jdbc.update("INSERT INTO outbound_messages (user_id, review_item_id, prospect_id, channel, text) VALUES (?, ?, ?, 'email', 'Hello')",
                user, item, prospect);
        jdbc.update("INSERT INTO meetings (user_id, prospect_id, title, scheduled_at) VALUES (?, ?, 'Intro', now())", user, prospect);
        jdbc.update("INSERT INTO warmups (user_id, prospect_id, planned_days) VALUES (?, ?, 7)", user, prospect);
        jdbc.update("INSERT INTO warmup_days (user_id, prospect_id, day, likes) VALUES (?, ?, current_date, 3)", user, prospect);
        jdbc.update("INSERT INTO activity_events (user_id, type, prospect_id, summary) VALUES (?, 'reply_received', ?, 'Reply')",
                user, prospect);
    }

    private static int countFor(String table, UUID prospect) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE prospect_id = ?", Integer.class, prospect);
    }

    private static void assertViolates(String sqlState, Runnable statement) {
        assertThatThrownBy(statement::run)
                .satisfies(e -> assertThat(sqlStateOf(e)).as("SQLSTATE of " + e.getMessage()).isEqualTo(sqlState));
    }

    private static String sqlStateOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
