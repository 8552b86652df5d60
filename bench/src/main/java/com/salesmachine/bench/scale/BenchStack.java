package com.salesmachine.bench.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import com.salesmachine.localstack.EmbeddedPostgresServer;
import com.salesmachine.localstack.EmbeddedRedisServer;
import com.salesmachine.localstack.LocalStack;
import com.salesmachine.localstack.UpstashGateway;

/**
 * PostgreSQL 17 (with pg_stat_statements preloaded, so the benchmark can count statements per call), Redis and
 * the Upstash REST gateway, all in this JVM on random loopback ports; closed (data deleted) by {@link #close()}.
 */
final class BenchStack implements AutoCloseable {

    private final LocalStack stack;
    final EmbeddedPostgresServer postgres;
    final EmbeddedRedisServer redis;
    final UpstashGateway gateway;

    private BenchStack(LocalStack stack) {
        this.stack = stack;
        this.postgres = stack.postgres();
        this.redis = stack.redis();
        this.gateway = stack.gateway();
    }

    static BenchStack start() throws SQLException {
        LocalStack stack = LocalStack.startOnRandomPorts();
        EmbeddedPostgresServer postgres = stack.postgres();
        // shared_preload_libraries is read at server start: write it to postgresql.auto.conf, restart (data kept)
        try (Connection jdbc = DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
             Statement sql = jdbc.createStatement()) {
            sql.execute("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
            sql.execute("ALTER SYSTEM SET pg_stat_statements.track_utility = on");
        }
        stack.stopPostgres();
        stack.startPostgres();
        return new BenchStack(stack);
    }

    /** The data directory (postmaster.pid inside), so a killed run's server can be found and stopped. */
    String dataDirectory() throws SQLException {
        try (Connection jdbc = jdbc(); Statement sql = jdbc.createStatement();
             java.sql.ResultSet r = sql.executeQuery("SHOW data_directory")) {
            r.next();
            return r.getString(1);
        }
    }

    Connection jdbc() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }

    @Override
    public void close() {
        stack.close();
    }
}
