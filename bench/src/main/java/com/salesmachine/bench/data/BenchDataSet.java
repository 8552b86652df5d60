package com.salesmachine.bench.data;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The benchmark data set: N users, one of them large, with campaigns, prospects in every status (accented,
 * varied names), enrichments, conversation threads, review items (pending and decided), outbox rows, meetings,
 * warm-ups and activity events. Deterministic: every value and every id is a function of the row number
 * (ids are {@code md5(<kind>-<n>)::uuid}); only the time anchor ({@code now()} at load) moves, so "this week"
 * and "upcoming" stay meaningful. Loaded with {@code INSERT ... SELECT generate_series} (never row by row),
 * foreign-key triggers off during the load (the rows are consistent by construction), secondary indexes
 * dropped before and rebuilt after, then {@code VACUUM ANALYZE} (the steady state autovacuum reaches).
 *
 * <p>Users are numbered from 1; user 1 is the largest. E-mail {@code bench-user-001@bench.local}, password
 * {@link #PASSWORD} for every user (one BCrypt hash, cost 10 like the application, computed once).
 *
 * <p>The database must be migrated (Flyway, or the jar's {@code --migrate}) and hold no bench users.
 */
public final class BenchDataSet {

    public static final String PASSWORD = "bench-password-1";
    public static final String EMAIL_DOMAIN = "bench.local";

    /** How many prospects, over how many users, and how many of them belong to user 1. */
    public record Size(String name, int prospects, int users, int largestUserProspects) {
        /** 1,000,000 prospects over 500 users, the largest with 200,000 (issue 8, target 4). */
        public static final Size FULL = new Size("full", 1_000_000, 500, 200_000);
        /** A quick run: 100,000 over 50 users, the largest with 20,000. */
        public static final Size SMALL = new Size("small", 100_000, 50, 20_000);
        /** A smoke run: 10,000 over 10 users, the largest with 2,000. */
        public static final Size TINY = new Size("tiny", 10_000, 10, 2_000);

        public Size {
            if (users < 2 || largestUserProspects < 1 || prospects < largestUserProspects + users - 1) {
                throw new IllegalArgumentException("Need >= 2 users, and enough prospects for each: " + name);
            }
        }

        /** {@code full}, {@code small}, {@code tiny}, or {@code <prospects>:<users>:<largest>}. */
        public static Size parse(String text) {
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "full" -> FULL;
                case "small" -> SMALL;
                case "tiny" -> TINY;
                default -> {
                    String[] parts = text.split(":");
                    if (parts.length != 3) {
                        throw new IllegalArgumentException("Size is full, small, tiny or prospects:users:largest, not " + text);
                    }
                    yield new Size(text, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                }
            };
        }

        /** Prospects of user {@code number} (1-based), exactly as the load distributes them. */
        public int prospectsOf(int number) {
            if (number == 1) {
                return largestUserProspects;
            }
            int others = users - 1;
            int rest = prospects - largestUserProspects;
            return rest / others + (number - 2 < rest % others ? 1 : 0);
        }
    }

    /** What a load produced. */
    public record Loaded(Size size, Duration took, Map<String, Long> rows, Map<String, Duration> steps) {
        public UUID largestUserId() {
            return userId(1);
        }

        public String summary() {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "bench data set '%s' loaded in %.1f s:", size.name(), took.toMillis() / 1000.0));
            rows.forEach((table, n) -> text.append(String.format(Locale.ROOT, " %s %,d;", table, n)));
            text.append("\n  steps:");
            steps.forEach((step, d) -> text.append(String.format(Locale.ROOT, " %s %.1f s;", step, d.toMillis() / 1000.0)));
            return text.toString();
        }
    }

    /** Tables whose secondary indexes are dropped before the load and rebuilt after it. */
    static final List<String> BULK_TABLES = List.of("prospect_facts", "prospect_pipeline", "prospect_search", "enrichments", "messages",
            "review_items", "outbound_messages", "meetings", "warmups", "activity_events");

    static final List<String> FIRST_NAMES = List.of("José", "Jürgen", "Anna", "Marie", "Chloé", "Łukasz", "Søren",
            "John", "François", "Zoë", "Björn", "Inés", "Ana", "Mateus", "Émilie", "Renée", "Maria", "Nikolai",
            "Aisha", "Hiroshi", "Priya", "Chen", "Oliver", "Sofía");
    static final List<String> LAST_NAMES = List.of("Álvarez", "Müller", "Smith", "Dupont", "Nguyen", "Kowalski",
            "Rossi", "García", "Østergaard", "Schröder", "Lefèvre", "Núñez", "O'Brien", "Dubois", "Yılmaz", "Novák",
            "Silva", "Johansson", "Papadopoulos", "Kim", "Fernández", "Brontë", "Weiß", "Martin");
    static final List<String> COMPANIES = List.of("Acme", "Telefónica", "Siemens", "Crème Brûlée Co", "Globex",
            "Initech", "Umbrella", "Hooli", "Nordwärts", "Société Tech", "Søstrene Data", "Café Olé",
            "Zürich Analytics", "Kraków Labs", "Müller & Söhne", "São Paulo Fintech", "Montréal AI", "Łódź Software",
            "Pied Piper", "Stark Industries", "Wayne Enterprises", "Wonka", "Tyrell", "Cyberdyne");
    static final List<String> COMPANY_SUFFIXES = List.of("", " GmbH", " SA", " Ltd", " Inc", " SAS", " AG", " BV");
    static final List<String> JOB_TITLES = List.of("Head of Sales", "VP Sales", "Chief Revenue Officer", "CTO",
            "Head of Growth", "Marketing Director", "Directeur Commercial", "Geschäftsführer", "Sales Manager",
            "Founder", "COO", "Head of Partnerships", "Business Developer", "Account Executive",
            "Responsable Marketing", "Head of Operations");
    static final List<String> LOCATIONS = List.of("Paris", "Berlin", "London", "Zürich", "São Paulo", "Montréal",
            "Kraków", "Madrid", "New York", "Köln", "Genève", "Tokyo", "Stockholm", "Lisboa", "Milano", "Austin");
    static final List<String> INDUSTRIES = List.of("SaaS", "Fintech", "Manufacturing", "Retail", "Healthcare",
            "Logistics", "Energy", "Media");
    static final List<String> TECH = List.of("Salesforce", "HubSpot", "AWS", "GCP", "Snowflake", "React",
            "Kubernetes", "PostgreSQL", "SAP", "Zendesk", "Stripe", "Segment");
    static final List<String> TIMEZONES = List.of("Europe/Paris", "America/New_York", "UTC", "Europe/Berlin",
            "America/Sao_Paulo", "Asia/Tokyo");

    private BenchDataSet() {
    }

    /** {@code bench-user-001@bench.local} for user 1 (the largest). */
    public static String email(int userNumber) {
        return String.format(Locale.ROOT, "bench-user-%03d@%s", userNumber, EMAIL_DOMAIN);
    }

    public static String largestUserEmail() {
        return email(1);
    }

    /** The id user {@code number} gets: {@code md5('bench-user-<number>')::uuid}. */
    public static UUID userId(int userNumber) {
        return md5Uuid("bench-user-" + userNumber);
    }

    /** The id prospect {@code n} (1-based over the whole data set) gets. */
    public static UUID prospectId(long n) {
        return md5Uuid("bench-prospect-" + n);
    }

    /** Loads the data set into a migrated database; prints nothing, returns the counts and timings. */
    public static Loaded load(String jdbcUrl, String user, String password, Size size) throws SQLException {
        try (Connection jdbc = DriverManager.getConnection(jdbcUrl, user, password)) {
            return load(jdbc, size);
        }
    }

    public static Loaded load(Connection jdbc, Size size) throws SQLException {
        return new Loader(jdbc, size).run();
    }

    /** {@code BenchDataSet <jdbcUrl> <user> <password> [full|small|tiny|p:u:l]}: loads into a running database. */
    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: BenchDataSet <jdbcUrl> <user> <password> [full|small|tiny|prospects:users:largest]");
            System.exit(2);
        }
        Size size = Size.parse(args.length > 3 ? args[3] : "full");
        System.out.println(load(args[0], args[1], args[2], size).summary());
    }

    static UUID md5Uuid(String text) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
            return new UUID(bytes.getLong(), bytes.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One load: the SQL of every step, in order. */
    private static final class Loader {

        private final Connection jdbc;
        private final Size size;
        private final Map<String, Duration> steps = new LinkedHashMap<>();
        private String anchor;

        Loader(Connection jdbc, Size size) {
            this.jdbc = jdbc;
            this.size = size;
        }

        Loaded run() throws SQLException {
            long started = System.nanoTime();
            jdbc.setAutoCommit(true);
            try (Statement sql = jdbc.createStatement()) {
                try (ResultSet r = sql.executeQuery("SELECT now()::text, EXISTS (SELECT 1 FROM users WHERE email = '"
                        + email(1) + "')")) {
                    r.next();
                    anchor = "'" + r.getString(1) + "'::timestamptz";
                    if (r.getBoolean(2)) {
                        throw new IllegalStateException("The database already holds the bench data set");
                    }
                }
                sql.execute("SET maintenance_work_mem = '512MB'");
                sql.execute("SET max_parallel_maintenance_workers = 2");
                sql.execute("SET synchronous_commit = off");
                // no FK triggers while loading: every reference is built from the same formulas
                sql.execute("SET session_replication_role = replica");
                List<String> indexes = new ArrayList<>();
                step("drop secondary indexes", () -> indexes.addAll(dropSecondaryIndexes(sql)));
                try {
                    step("users", () -> sql.execute(users()));
                    step("campaigns", () -> sql.execute(campaigns()));
                    step("prospects", () -> sql.execute(prospects()));
                    // the triggers that keep prospect_search (V115) do not fire while loading: its rows, once
                    step("prospect_search", () -> sql.execute("""
                            INSERT INTO prospect_search (user_id, id, created_at, search_text)
                            SELECT p.user_id, p.id, p.created_at, sm_search_text(p.full_name, p.company_name, p.email)
                            FROM prospect_facts p
                            WHERE NOT EXISTS (SELECT 1 FROM prospect_search s WHERE s.user_id = p.user_id AND s.id = p.id)"""));
                    step("enrichments", () -> sql.execute(enrichments()));
                    step("messages", () -> sql.execute(messages()));
                    step("review_items", () -> sql.execute(reviewItems()));
                    step("outbound_messages", () -> sql.execute(outboundMessages()));
                    step("meetings", () -> sql.execute(meetings()));
                    step("warmups", () -> sql.execute(warmups()));
                    step("activity_events", () -> sql.execute(activityEvents()));
                } finally {
                    step("rebuild indexes", () -> {
                        for (String definition : indexes) {
                            sql.execute(definition);
                        }
                    });
                    sql.execute("RESET session_replication_role");
                }
                // the triggers that keep prospect_week_counts (V110, V118) did not fire while loading: count it once
                step("prospect_week_counts", () -> sql.execute("""
                        DELETE FROM prospect_week_counts;
                        INSERT INTO prospect_week_counts (user_id, campaign_id, week, status, prospects,
                                                         with_linkedin, with_email, contacted, replied)
                        SELECT user_id, campaign_id, sm_utc_week(created_at), status, count(*),
                               sum(has_linkedin::int), sum(has_email::int), sum(sm_pipeline_contacted(reached, status)),
                               sum(replied::int)
                        FROM prospect_pipeline GROUP BY 1, 2, 3, 4"""));
                step("vacuum analyze", () -> {
                    for (String table : List.of("users", "campaigns", "prospect_facts", "prospect_pipeline",
                            "enrichments", "messages", "review_items", "outbound_messages", "meetings", "warmups",
                            "activity_events", "prospect_week_counts", "prospect_search")) {
                        sql.execute("VACUUM (ANALYZE) " + table);
                    }
                });
                Map<String, Long> rows = new LinkedHashMap<>();
                for (String table : List.of("users", "campaigns", "prospects", "enrichments", "messages",
                        "review_items", "outbound_messages", "meetings", "warmups", "activity_events")) {
                    try (ResultSet r = sql.executeQuery("SELECT count(*) FROM " + table)) {
                        r.next();
                        rows.put(table, r.getLong(1));
                    }
                }
                return new Loaded(size, Duration.ofNanos(System.nanoTime() - started), rows, steps);
            }
        }

        private interface SqlStep {
            void run() throws SQLException;
        }

        private void step(String name, SqlStep step) throws SQLException {
            long started = System.nanoTime();
            step.run();
            steps.put(name, Duration.ofNanos(System.nanoTime() - started));
        }

        /** Drops every index of the bulk tables that no constraint owns; returns their definitions. */
        private static List<String> dropSecondaryIndexes(Statement sql) throws SQLException {
            List<String[]> found = new ArrayList<>();
            try (ResultSet r = sql.executeQuery("""
                    SELECT i.indexname, i.indexdef FROM pg_indexes i
                    WHERE i.schemaname = current_schema() AND i.tablename = ANY(ARRAY['%s'])
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
                    ORDER BY i.tablename, i.indexname""".formatted(String.join("','", BULK_TABLES)))) {
                while (r.next()) {
                    found.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            List<String> definitions = new ArrayList<>();
            for (String[] index : found) {
                sql.execute("DROP INDEX " + index[0]);
                // a partitioned table's index is defined "ON ONLY" the parent; rebuilt on the parent, it spans the
                // partitions again (dropping it dropped theirs)
                definitions.add(index[1].replace(" ON ONLY ", " ON "));
            }
            return definitions;
        }

        // ---------------------------------------------------------------------------------------------
        // SQL. n is the row number; pick(list, h) indexes a SQL array with a hash h >= 0.
        // ---------------------------------------------------------------------------------------------

        /** A deterministic, well-spread hash of a bigint expression in [0, 1000003). */
        private static String mix(String n, int which) {
            long[] multipliers = {2654435761L, 2246822519L, 3266489917L, 668265263L, 374761393L, 1181783497L,
                    3812015801L, 1597334677L, 2869860233L, 1664525L};
            return "((" + n + ")::bigint * " + multipliers[which] + " % 1000003)";
        }

        /** A byte (0..255) of a uuid's md5 bits: the per-row dice of the tables derived from prospects. */
        private static String dice(String uuid, int which) {
            return "get_byte(uuid_send(" + uuid + "), " + which + ")";
        }

        private static String array(List<String> values) {
            StringBuilder sql = new StringBuilder("ARRAY[");
            for (int i = 0; i < values.size(); i++) {
                sql.append(i == 0 ? "" : ",").append('\'').append(values.get(i).replace("'", "''")).append('\'');
            }
            return sql.append("]::text[]").toString();
        }

        private static String pick(List<String> values, String hash) {
            return "(" + array(values) + ")[1 + (" + hash + ") % " + values.size() + "]";
        }

        /** a-z0-9 only: the e-mail and URL form of a name. */
        static String slug(String text) {
            String plain = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT)
                            .replace("ł", "l").replace("ø", "o").replace("ß", "ss").replace("ı", "i")
                            .replace("&", "and"), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            return plain.replaceAll("[^a-z0-9]", "");
        }

        private static List<String> slugs(List<String> values) {
            return values.stream().map(Loader::slug).toList();
        }

        private String users() {
            String hash = new BCryptPasswordEncoder(10).encode(PASSWORD);
            return """
                    INSERT INTO users (id, email, password_hash, full_name, company_name, timezone, onboarding,
                                       onboarding_completed, created_at, updated_at)
                    SELECT md5('bench-user-' || k)::uuid,
                           'bench-user-' || lpad(k::text, 3, '0') || '@%s',
                           '%s',
                           'Bench User ' || lpad(k::text, 3, '0'),
                           'Bench Company ' || k,
                           %s,
                           '{}'::jsonb, true,
                           %s - interval '800 days', %s - interval '800 days'
                    FROM generate_series(1, %d) k""".formatted(EMAIL_DOMAIN, hash,
                    pick(TIMEZONES, "k - 1"), anchor, anchor, size.users());
        }

        /** User k has campaignsOf(k) campaigns: 12 for user 1, 1 to 4 for the others. */
        private static String campaignsOf(String k) {
            return "(CASE WHEN " + k + " = 1 THEN 12 ELSE 1 + " + k + " % 4 END)";
        }

        private String campaigns() {
            return """
                    INSERT INTO campaigns (id, user_id, name, description, status, icp_criteria, daily_send_limit,
                                           created_at, updated_at)
                    SELECT md5('bench-campaign-' || k || '-' || j)::uuid, md5('bench-user-' || k)::uuid,
                           (ARRAY['Outbound','Q3 push','DACH expansion','Relance clients','Fintech leaders',
                                  'Série A founders'])[1 + j %% 6] || ' #' || (j + 1),
                           'Bench campaign ' || (j + 1) || ' of user ' || k,
                           CASE WHEN j = 0 THEN 'active'
                                ELSE (ARRAY['active','paused','draft','completed','archived'])[1 + j %% 5] END,
                           jsonb_build_object('industries', jsonb_build_array('SaaS', 'Fintech'),
                                              'jobTitles', jsonb_build_array('Head of Sales', 'CTO'),
                                              'companySizes', jsonb_build_array('51-200'),
                                              'locations', jsonb_build_array('Europe')),
                           20 + j,
                           %1$s - interval '760 days' + j * interval '30 days',
                           %1$s - interval '760 days' + j * interval '30 days'
                    FROM generate_series(1, %2$d) k
                    CROSS JOIN LATERAL generate_series(0, %3$s - 1) j""".formatted(anchor, size.users(), campaignsOf("k"));
        }

        /**
         * Row n belongs to user 1 when floor(n*L/T) steps up (every T/L-th row, so user 1's rows are interleaved
         * with everyone else's as they would be on disk), else to user 2 + (other rows so far mod (U-1)).
         * created_at runs over two years, oldest first (insertion order = creation order).
         */
        private String prospects() {
            long t = size.prospects();
            long l = size.largestUserProspects();
            String status = """
                    CASE WHEN s.b < 30 THEN 'new' WHEN s.b < 50 THEN 'contacted' WHEN s.b < 62 THEN 'engaged'
                         WHEN s.b < 70 THEN 'qualified' WHEN s.b < 75 THEN 'meeting_booked'
                         WHEN s.b < 78 THEN 'meeting_completed' WHEN s.b < 80 THEN 'customer'
                         WHEN s.b < 90 THEN 'lost' WHEN s.b < 97 THEN 'nurture' ELSE 'unsubscribed' END""";
            return """
                    WITH loaded AS MATERIALIZED (
                    SELECT md5('bench-prospect-' || s.n)::uuid AS id,
                           md5('bench-user-' || s.k)::uuid AS user_id,
                           CASE WHEN s.h5 %% 10 = 0 THEN NULL
                                ELSE md5('bench-campaign-' || s.k || '-' || (s.h5 %% %6$s))::uuid END AS campaign_id,
                           s.first || ' ' || s.last AS full_name,
                           %7$s AS job_title,
                           s.company AS company_name,
                           CASE WHEN s.contact <> 1 THEN 'https://www.linkedin.com/in/' || s.first_slug || '-'
                                || s.last_slug || '-' || s.n END AS linkedin_url,
                           CASE WHEN s.contact <> 2 THEN s.first_slug || '.' || s.last_slug || '.' || s.n || '@'
                                || s.company_slug || '.example' END AS email,
                           %8$s AS location,
                           s.status,
                           s.h6 %% 25 = 0 AS is_vip,
                           CASE WHEN s.h6 %% 25 = 0 THEN 'Key account at ' || s.company END AS vip_reason,
                           (ARRAY['manual','integration','import'])[1 + s.h6 %% 3] AS source,
                           s.contacted_at AS last_contacted_at, s.replied_at AS last_replied_at,
                           greatest(s.created_at, s.contacted_at, s.replied_at) AS last_activity_at,
                           s.created_at, greatest(s.created_at, s.contacted_at, s.replied_at) AS updated_at
                    FROM (
                        SELECT r.*,
                               CASE WHEN r.status IN ('new') THEN NULL
                                    ELSE least(%3$s, r.created_at + (1 + r.h7 %% 20) * interval '1 day') END AS contacted_at,
                               CASE WHEN r.status IN ('engaged','qualified','meeting_booked','meeting_completed','customer')
                                         OR (r.status IN ('lost','nurture') AND r.h7 %% 3 = 0)
                                    THEN least(%3$s, r.created_at + (21 + r.h7 %% 15) * interval '1 day') END AS replied_at
                        FROM (
                            SELECT s.*, %9$s AS status
                            FROM (
                                SELECT g.n, u.k,
                                       %10$s AS first, %11$s AS last, %12$s AS first_slug, %13$s AS last_slug,
                                       %14$s || %15$s AS company, %16$s AS company_slug,
                                       %17$s AS b, %18$s AS h5, %19$s AS h6, %20$s AS h7, %21$s AS h8,
                                       CASE WHEN %22$s %% 10 = 3 THEN 1 WHEN %22$s %% 10 IN (5, 8) THEN 2 ELSE 0 END AS contact,
                                       %3$s - (%1$d - g.n) * (63072000.0 / %1$d)::float8 * interval '1 second' AS created_at
                                FROM generate_series(1, %1$d) g(n)
                                CROSS JOIN LATERAL (SELECT CASE WHEN g.n::bigint * %2$d / %1$d > (g.n - 1)::bigint * %2$d / %1$d
                                        THEN 1
                                        ELSE 2 + (g.n - g.n::bigint * %2$d / %1$d - 1) %% %4$d END AS k) u
                            ) s
                        ) r
                    ) s),
                    facts AS (
                        INSERT INTO prospect_facts (id, user_id, full_name, job_title, company_name, linkedin_url,
                                                    email, location, source, last_contacted_at, last_replied_at,
                                                    last_activity_at, created_at, updated_at)
                        SELECT id, user_id, full_name, job_title, company_name, linkedin_url, email, location, source,
                               last_contacted_at, last_replied_at, last_activity_at, created_at, updated_at
                        FROM loaded)
                    INSERT INTO prospect_pipeline (user_id, id, created_at, status, campaign_id, is_vip, vip_reason,
                                                   updated_at, title_folded, has_linkedin, has_email, reached, replied)
                    SELECT user_id, id, created_at, status, campaign_id, is_vip, vip_reason, updated_at,
                           lower(job_title), linkedin_url IS NOT NULL, email IS NOT NULL,
                           last_contacted_at IS NOT NULL OR last_replied_at IS NOT NULL, last_replied_at IS NOT NULL
                    FROM loaded""".formatted(t, l, anchor, size.users() - 1, "", campaignsOf("s.k"),
                    pick(JOB_TITLES, "s.h8"), pick(LOCATIONS, "s.h8 / 16"), status,
                    pick(FIRST_NAMES, mix("g.n", 0)), pick(LAST_NAMES, mix("g.n", 1)),
                    pick(slugs(FIRST_NAMES), mix("g.n", 0)), pick(slugs(LAST_NAMES), mix("g.n", 1)),
                    pick(COMPANIES, mix("g.n", 2)), pick(COMPANY_SUFFIXES, mix("g.n", 3)),
                    pick(slugs(COMPANIES), mix("g.n", 2)),
                    mix("g.n", 4) + " % 100", mix("g.n", 5), mix("g.n", 6), mix("g.n", 7), mix("g.n", 8), mix("g.n", 9));
        }

        private String enrichments() {
            return """
                    INSERT INTO enrichments (prospect_id, user_id, talking_points, pain_points, recent_activity,
                                             tech_stack, company_data, confidence_score, personalization_score,
                                             model, enriched_at, created_at, updated_at)
                    SELECT p.id, p.user_id,
                           ARRAY['Recently expanded to ' || coalesce(p.location, 'a new market'),
                                 'Hiring ' || (2 + p.d1 %% 30) || ' people in sales',
                                 'Spoke at a conference about ' || %1$s],
                           (ARRAY['Long sales cycles', 'Manual prospect research', 'Low reply rates'])[1:1 + p.d2 %% 3],
                           CASE WHEN p.d3 %% 2 = 0 THEN p.full_name || ' posted about ' || %1$s || ' last week' END,
                           ARRAY[%2$s, %3$s],
                           jsonb_build_object('industry', %1$s, 'employees', 10 + p.d1 * 37,
                                              'founded', 1950 + p.d2 %% 70, 'website', 'https://' || p.company_name),
                           40 + p.d3 %% 61, 30 + p.d4 %% 71, 'gpt-4o-mini',
                           p.created_at + interval '2 hours', p.created_at + interval '2 hours',
                           p.created_at + interval '2 hours'
                    FROM (SELECT p.*, %4$s AS d0, %5$s AS d1, %6$s AS d2, %7$s AS d3, %8$s AS d4
                          FROM prospects p) p
                    WHERE p.d0 < 154""".formatted(pick(INDUSTRIES, "p.d1"), pick(TECH, "p.d2"),
                    pick(TECH, "p.d3 + 5"), dice("p.id", 0), dice("p.id", 1), dice("p.id", 2), dice("p.id", 3),
                    dice("p.id", 4));
        }

        /** Threads: nothing for new prospects, 1 message when only contacted, up to 4 further down the funnel. */
        private String messages() {
            return """
                    INSERT INTO messages (id, user_id, prospect_id, direction, channel, subject, text, ai_generated,
                                          confidence_score, sentiment, at, created_at)
                    SELECT md5(p.id::text || '-m' || i)::uuid, p.user_id, p.id,
                           CASE WHEN i %% 2 = 1 THEN 'outbound' ELSE 'inbound' END,
                           p.channel,
                           CASE WHEN p.channel = 'email' THEN
                               CASE WHEN i = 1 THEN 'Quick question about ' || p.company_name
                                    ELSE 'Re: Quick question about ' || p.company_name END END,
                           CASE WHEN i %% 2 = 1 THEN
                                'Hi ' || split_part(p.full_name, ' ', 1) || ', I noticed ' || p.company_name
                                || ' is growing fast. Teams like yours use us to cut research time in half. '
                                || 'Worth a 15-minute call next week?'
                                ELSE (ARRAY['Thanks, sounds interesting. Can you send more details?',
                                            'Not right now, maybe next quarter.',
                                            'Sure, Tuesday afternoon works for me.',
                                            'Please remove me from your list.'])[1 + (p.d2 + i) %% 4] END,
                           i %% 2 = 1 AND p.d3 %% 4 <> 0,
                           CASE WHEN i %% 2 = 1 THEN 55 + p.d3 %% 45 END,
                           CASE WHEN i %% 2 = 0 THEN (ARRAY['positive','neutral','negative'])[1 + p.d2 %% 3] END,
                           least(%1$s, p.first_at + (i - 1) * interval '2 days' + p.d4 * interval '1 minute'),
                           least(%1$s, p.first_at + (i - 1) * interval '2 days' + p.d4 * interval '1 minute')
                    FROM (SELECT p.id, p.user_id, p.full_name, p.company_name,
                                 coalesce(p.last_contacted_at, p.created_at) AS first_at,
                                 CASE WHEN %2$s %% 3 = 0 THEN 'linkedin' ELSE 'email' END AS channel,
                                 %3$s AS d2, %4$s AS d3, %5$s AS d4,
                                 CASE p.status WHEN 'contacted' THEN 1 WHEN 'unsubscribed' THEN 2
                                      WHEN 'engaged' THEN 2 + %2$s %% 2 WHEN 'lost' THEN 1 + %2$s %% 2
                                      WHEN 'nurture' THEN 1 + %2$s %% 2 ELSE 3 + %2$s %% 2 END AS len
                          FROM prospects p WHERE p.status <> 'new') p
                    CROSS JOIN LATERAL generate_series(1, p.len) i""".formatted(anchor, dice("p.id", 5),
                    dice("p.id", 6), dice("p.id", 7), dice("p.id", 8));
        }

        /** About 1.3% of prospects have a pending draft (contacted or engaged ones), about 1.3% a decided one. */
        private String reviewItems() {
            return """
                    INSERT INTO review_items (id, user_id, prospect_id, message_type, channel, proposed_subject,
                                              proposed_message, confidence_score, reasoning, status, edited_subject,
                                              edited_message, rejection_reason, priority, created_at, updated_at,
                                              reviewed_at)
                    SELECT md5(p.id::text || '-r')::uuid, p.user_id, p.id,
                           (ARRAY['initial_outreach','follow_up','reply_response','meeting_request'])[1 + p.d1 %% 4],
                           CASE WHEN p.d1 %% 3 = 0 THEN 'linkedin' ELSE 'email' END,
                           CASE WHEN p.d1 %% 3 <> 0 THEN 'Following up, ' || split_part(p.full_name, ' ', 1) END,
                           'Hi ' || split_part(p.full_name, ' ', 1) || ', following up on my note about '
                               || p.company_name || '. Would a short call make sense?',
                           40 + p.d2 %% 60,
                           'Prospect matches the ICP (' || coalesce(p.job_title, 'unknown title') || ')',
                           p.review_status,
                           CASE WHEN p.review_status = 'edited' THEN 'Re: our conversation' END,
                           CASE WHEN p.review_status = 'edited' THEN 'Hi ' || split_part(p.full_name, ' ', 1)
                               || ', edited by hand: shall we talk on Thursday?' END,
                           CASE WHEN p.review_status = 'rejected' THEN 'Tone too pushy' END,
                           p.d2 %% 3,
                           p.created_at_r, p.created_at_r,
                           CASE WHEN p.review_status <> 'pending' THEN p.created_at_r + interval '3 hours' END
                    FROM (SELECT p.*, %2$s AS d1, %3$s AS d2,
                                 CASE WHEN p.status IN ('contacted','engaged') AND %4$s %% 25 = 0 THEN 'pending'
                                      WHEN p.status IN ('engaged','qualified','meeting_booked','meeting_completed',
                                                        'customer','lost') AND %4$s %% 32 = 1 THEN
                                          (ARRAY['approved','approved','approved','approved','approved','edited',
                                                 'rejected'])[1 + %3$s %% 7]
                                 END AS review_status,
                                 least(%1$s - interval '1 hour', p.last_activity_at + interval '1 hour') AS created_at_r
                          FROM prospects p) p
                    WHERE p.review_status IS NOT NULL""".formatted(anchor, dice("p.id", 9), dice("p.id", 10),
                    "(" + dice("p.id", 11) + " * 256 + " + dice("p.id", 12) + ")");
        }

        /** One outbox row per approved or edited draft: mostly sent, some failed, some still queued. */
        private String outboundMessages() {
            return """
                    INSERT INTO outbound_messages (id, user_id, review_item_id, prospect_id, channel, subject, text,
                                                   status, due_at, claimed_at, attempts, sent_at, error,
                                                   created_at, updated_at)
                    SELECT md5(r.id::text || '-o')::uuid, r.user_id, r.id, r.prospect_id, r.channel,
                           coalesce(r.edited_subject, r.proposed_subject), coalesce(r.edited_message, r.proposed_message),
                           r.outbox_status,
                           r.reviewed_at,
                           CASE WHEN r.outbox_status <> 'queued' THEN r.reviewed_at + interval '1 minute' END,
                           CASE r.outbox_status WHEN 'sent' THEN 1 WHEN 'failed' THEN 3 ELSE 0 END,
                           CASE WHEN r.outbox_status = 'sent' THEN r.reviewed_at + interval '2 minutes' END,
                           CASE WHEN r.outbox_status = 'failed' THEN 'mailbox unavailable' END,
                           r.reviewed_at, r.reviewed_at + interval '2 minutes'
                    FROM (SELECT r.*, CASE WHEN %1$s %% 20 = 0 THEN 'failed' WHEN %1$s %% 20 = 1 THEN 'queued'
                                           ELSE 'sent' END AS outbox_status
                          FROM review_items r WHERE r.status IN ('approved', 'edited')) r""".formatted(dice("r.id", 0));
        }

        /** A meeting for every prospect at or past meeting_booked, and a cancelled one for some lost ones. */
        private String meetings() {
            return """
                    INSERT INTO meetings (id, user_id, prospect_id, campaign_id, title, scheduled_at, duration_minutes,
                                          meeting_link, status, notes, cancellation_reason, created_at, updated_at)
                    SELECT md5(p.id::text || '-meeting')::uuid, p.user_id, p.id, p.campaign_id,
                           'Intro call with ' || p.full_name,
                           CASE WHEN p.status = 'meeting_booked'
                                THEN date_trunc('hour', %1$s) + (1 + p.d1 %% 21) * interval '1 day' + (p.d2 %% 8) * interval '1 hour'
                                ELSE least(%1$s - interval '1 day', coalesce(p.last_replied_at, p.created_at) + interval '3 days') END,
                           (ARRAY[30, 45, 60])[1 + p.d2 %% 3],
                           'https://meet.example/' || substr(md5(p.id::text), 1, 10),
                           CASE WHEN p.status = 'meeting_booked' THEN (ARRAY['scheduled','confirmed'])[1 + p.d1 %% 2]
                                WHEN p.status = 'lost' THEN 'cancelled' ELSE 'completed' END,
                           CASE WHEN p.status IN ('meeting_completed','customer') THEN 'Good fit; send a proposal' END,
                           CASE WHEN p.status = 'lost' THEN 'Prospect went with a competitor' END,
                           p.last_activity_at, p.last_activity_at
                    FROM (SELECT p.*, %2$s AS d1, %3$s AS d2 FROM prospects p) p
                    WHERE p.status IN ('meeting_booked','meeting_completed','customer')
                       OR (p.status = 'lost' AND p.d1 %% 10 = 0)""".formatted(anchor, dice("p.id", 13), dice("p.id", 14));
        }

        private String warmups() {
            return """
                    INSERT INTO warmups (prospect_id, user_id, started_at, planned_days, likes, comments,
                                         connection_status, completed_at, created_at, updated_at)
                    SELECT p.id, p.user_id, p.created_at + interval '1 day', 7 + p.d1 %% 9, p.d2 %% 12, p.d2 %% 5,
                           (ARRAY['none','pending','accepted','rejected'])[1 + p.d1 %% 4],
                           CASE WHEN p.status = 'contacted' THEN p.last_contacted_at END,
                           p.created_at + interval '1 day', p.created_at + interval '1 day'
                    FROM (SELECT p.*, %1$s AS d1, %2$s AS d2 FROM prospects p) p
                    WHERE p.status IN ('new','contacted') AND p.d1 %% 16 = 0""".formatted(dice("p.id", 15), dice("p.id", 1));
        }

        /** prospect_added for every prospect, plus one event per draft, meeting and sent message. */
        private String activityEvents() {
            return """
                    INSERT INTO activity_events (id, user_id, type, prospect_id, summary, at)
                    SELECT md5(p.id::text || '-a')::uuid, p.user_id, 'prospect_added', p.id,
                           'Added ' || p.full_name || ' (' || p.company_name || ')', p.created_at
                    FROM prospects p
                    UNION ALL
                    SELECT md5(r.id::text || '-a')::uuid, r.user_id,
                           CASE r.status WHEN 'pending' THEN 'draft_awaiting_review' WHEN 'rejected' THEN 'message_rejected'
                                WHEN 'edited' THEN 'message_edited' ELSE 'message_approved' END,
                           r.prospect_id, 'Draft for ' || p.full_name, coalesce(r.reviewed_at, r.created_at)
                    FROM review_items r JOIN prospects p ON p.id = r.prospect_id
                    UNION ALL
                    SELECT md5(m.id::text || '-a')::uuid, m.user_id,
                           CASE m.status WHEN 'cancelled' THEN 'meeting_cancelled' ELSE 'meeting_booked' END,
                           m.prospect_id, m.title, m.created_at
                    FROM meetings m
                    UNION ALL
                    SELECT md5(o.id::text || '-a')::uuid, o.user_id,
                           CASE o.status WHEN 'failed' THEN 'message_failed' ELSE 'message_sent' END,
                           o.prospect_id, 'Message ' || o.status, o.updated_at
                    FROM outbound_messages o WHERE o.status IN ('sent', 'failed')""";
        }
    }
}
