package com.salesmachine.prospects;

import com.salesmachine.contract.prospects.ListProspectsInput;
import com.salesmachine.contract.prospects.ProspectSort;
import com.salesmachine.localstack.EmbeddedPostgresServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactories;
import org.flywaydb.core.Flyway;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Times listProspects' own query code ({@link ProspectList}, the exact SQL the function runs) against an
 * embedded PostgreSQL 17 holding 1,000,000 prospects, 200,000 of them one tenant's. Not a test: run it with
 * scripts/bench-list-prospects. Prints p50/p95/max per scenario and the plan of each query.
 */
public final class ListProspectsBenchmark {

    static final int TENANT_ROWS = Integer.getInteger("bench.tenantRows", 200_000);
    static final int TOTAL_ROWS = Integer.getInteger("bench.totalRows", 1_000_000);
    static final int OTHER_TENANTS = 49;
    static final int RUNS = Integer.getInteger("bench.runs", 200);
    static final int WARMUP = 20;

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgresServer postgres = new EmbeddedPostgresServer(0).start()) {
            Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.username(), postgres.password())
                    .locations("classpath:db/migration").load().migrate();
            UUID tenant;
            try (Connection jdbc = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password())) {
                long started = System.nanoTime();
                tenant = seed(jdbc);
                System.out.printf("seeded %,d prospects (%,d for the measured tenant) and rebuilt indexes in %.1f s%n",
                        TOTAL_ROWS, TENANT_ROWS, (System.nanoTime() - started) / 1e9);
            }
            ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(
                    ConnectionFactories.get(postgres.r2dbcUrl().replace("r2dbc:postgresql://",
                            "r2dbc:postgresql://" + postgres.username() + ":" + postgres.password() + "@")))
                    .initialSize(2).maxSize(2).build());
            try (Connection jdbc = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password())) {
                ProspectList list = new ProspectList(DatabaseClient.create(pool));
                var firstPage = new ListProspectsInput(null, null, null, null, null, null, null, null, null, null, null, null, null);
                String cursor = list.page(tenant, firstPage).block().nextCursor();
                Map<String, ListProspectsInput> scenarios = new java.util.LinkedHashMap<>();
                scenarios.put("first page, created_desc, no filter", firstPage);
                scenarios.put("page after a cursor, created_desc", new ListProspectsInput(null, null, null, null, null, null, cursor, null, null, null, null, null, null));
                scenarios.put("first page, activity_desc", new ListProspectsInput(null, null, null, null, ProspectSort.ACTIVITY_DESC, null, null, null, null, null, null, null, null));
                scenarios.put("search 'muller' (frequent, ~1/8 of rows)", new ListProspectsInput(null, null, null, "muller", null, null, null, null, null, null, null, null, null));
                scenarios.put("search 'jose alv' (accented, ~1/64)", new ListProspectsInput(null, null, null, "jose alv", null, null, null, null, null, null, null, null, null));
                scenarios.put("search 'p123457@' (one row)", new ListProspectsInput(null, null, null, "p123457@", null, null, null, null, null, null, null, null, null));
                scenarios.put("search 'zzqx' (no row)", new ListProspectsInput(null, null, null, "zzqx", null, null, null, null, null, null, null, null, null));
                scenarios.put("status [qualified] + vip", new ListProspectsInput(null,
                        List.of(com.salesmachine.contract.prospects.ProspectStatus.QUALIFIED), true, null, null, null, null, null, null, null, null, null, null));
                System.out.printf("%n%-45s %8s %8s %8s %6s%n", "scenario (limit 50, " + RUNS + " runs)", "p50 ms", "p95 ms", "max ms", "rows");
                for (var scenario : scenarios.entrySet()) {
                    measure(list, tenant, scenario.getKey(), scenario.getValue());
                }
                System.out.println();
                for (var scenario : scenarios.entrySet()) {
                    explain(jdbc, tenant, scenario.getKey(), scenario.getValue());
                }
            } finally {
                pool.disposeLater().block();
            }
        }
    }

    private static void measure(ProspectList list, UUID tenant, String name, ListProspectsInput input) {
        int rows = 0;
        for (int i = 0; i < WARMUP; i++) {
            rows = list.page(tenant, input).block().items().size();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            list.page(tenant, input).block();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf("%-45s %8.2f %8.2f %8.2f %6d%n", name, nanos[RUNS / 2] / 1e6,
                nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, nanos[RUNS - 1] / 1e6, rows);
    }

    /** EXPLAIN ANALYZE of the same SQL, named parameters turned into JDBC ones in order. */
    private static void explain(Connection jdbc, UUID tenant, String name, ListProspectsInput input) throws SQLException {
        ProspectListQuery query = ProspectListQuery.of(tenant, input);
        List<Object> values = new ArrayList<>();
        Matcher m = Pattern.compile(":([a-zA-Z]+)").matcher(query.sql());
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            Object value = query.binds().get(m.group(1));
            values.add(value);
            m.appendReplacement(sql, value instanceof String[] ? "?::text[]" : "?");
        }
        m.appendTail(sql);
        try (PreparedStatement explain = jdbc.prepareStatement("EXPLAIN (ANALYZE, COSTS OFF, SUMMARY OFF) " + sql)) {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                explain.setObject(i + 1, value instanceof String[] array ? jdbc.createArrayOf("text", array) : value);
            }
            System.out.println("-- plan: " + name);
            try (ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    System.out.println("   " + plan.getString(1));
                }
            }
        }
    }

    private static UUID seed(Connection jdbc) throws SQLException {
        try (Statement sql = jdbc.createStatement()) {
            sql.execute("SET maintenance_work_mem = '256MB'");
            sql.execute("INSERT INTO users (email, password_hash) SELECT 'bench' || n || '@example.com', 'x' FROM generate_series(0, " + OTHER_TENANTS + ") n");
            sql.execute("INSERT INTO campaigns (user_id, name) SELECT id, 'Bench' FROM users");
            UUID tenant;
            try (ResultSet r = sql.executeQuery("SELECT id FROM users WHERE email = 'bench0@example.com'")) {
                r.next();
                tenant = r.getObject(1, UUID.class);
            }
            // build secondary indexes once after loading (same definitions the migrations created)
            List<String> definitions = new ArrayList<>();
            try (ResultSet r = sql.executeQuery("""
                    SELECT i.indexname, i.indexdef FROM pg_indexes i
                    WHERE i.tablename = 'prospects'
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)""")) {
                while (r.next()) {
                    definitions.add(r.getString(2));
                    try (Statement drop = jdbc.createStatement()) {
                        drop.execute("DROP INDEX " + r.getString(1));
                    }
                }
            }
            String names = "ARRAY['José','Jürgen','Anna','Marie','Chloé','Łukasz','Søren','John']";
            String lastNames = "ARRAY['Álvarez','Müller','Smith','Dupont','Nguyen','Kowalski','Rossi','García']";
            String companies = "ARRAY['Acme','Telefónica','Siemens','Crème Brûlée','Globex','Initech','Umbrella','Hooli']";
            String insert = """
                    INSERT INTO prospects (user_id, campaign_id, full_name, company_name, job_title, email, linkedin_url,
                                           status, is_vip, created_at, last_activity_at)
                    SELECT u.id, c.id,
                           (%1$s)[1 + n %% 8] || ' ' || (%2$s)[1 + (n / 8) %% 8],
                           (%3$s)[1 + (n / 64) %% 8] || ' ' || (n %% 997),
                           'Head of ' || (n %% 13),
                           'p' || n || '@example' || (n %% 50) || '.com',
                           CASE WHEN n %% 2 = 0 THEN 'https://www.linkedin.com/in/p' || n END,
                           (ARRAY['new','contacted','engaged','qualified','meeting_booked','lost'])[1 + n %% 6],
                           n %% 25 = 0,
                           now() - n * interval '7 seconds',
                           now() - ((n::bigint * 7919) %% 1000000) * interval '3 seconds'
                    FROM generate_series(%4$d, %5$d) n
                    JOIN users u ON u.email = 'bench' || %6$s || '@example.com'
                    JOIN campaigns c ON c.user_id = u.id""";
            sql.execute(insert.formatted(names, lastNames, companies, 1, TENANT_ROWS, "0"));
            sql.execute(insert.formatted(names, lastNames, companies, TENANT_ROWS + 1, TOTAL_ROWS,
                    "(1 + n % " + OTHER_TENANTS + ")"));
            for (String definition : definitions) {
                sql.execute(definition);
            }
            sql.execute("VACUUM ANALYZE prospects");
            return tenant;
        }
    }
}
