package com.salesmachine.bench.scale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

import com.salesmachine.localstack.UpstashGateway;

/**
 * What one call costs in round trips: HTTP requests and Redis commands received by the Upstash gateway, and SQL
 * statements executed by PostgreSQL (pg_stat_statements, this database, the benchmark's own queries excluded).
 * Calls run one at a time with nothing else talking to either server.
 */
final class RoundTrips {

    record Cost(int calls, double upstashRequests, double upstashCommands, double statements,
                Map<String, Double> statementsByQuery) {

        /**
         * Statements other than a connection-pool validation query ({@code SELECT 1} on every acquire, which
         * pg_stat_statements shows normalised as {@code SELECT $1}).
         */
        double functionStatements() {
            return statements - validations();
        }

        double validations() {
            return statementsByQuery.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("SELECT $1") || e.getKey().equalsIgnoreCase("SELECT 1"))
                    .mapToDouble(Map.Entry::getValue).sum();
        }
    }

    private final UpstashGateway gateway;
    private final Connection jdbc;

    RoundTrips(UpstashGateway gateway, Connection jdbc) throws SQLException {
        this.gateway = gateway;
        this.jdbc = jdbc;
        try (Statement sql = jdbc.createStatement()) {
            sql.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
    }

    Cost measure(HttpCalls http, String function, IntFunction<String> body, int calls) throws SQLException {
        reset();
        for (int i = 0; i < calls; i++) {
            http.post(function, body.apply(i));
        }
        long requests = gateway.requestCount();
        long commands = gateway.commandCount();
        Map<String, Double> byQuery = new LinkedHashMap<>();
        long statements = 0;
        for (Map.Entry<String, Executed> e : statementsSinceReset().entrySet()) {
            statements += e.getValue().calls();
            byQuery.put(e.getKey(), e.getValue().calls() / (double) calls);
        }
        return new Cost(calls, requests / (double) calls, commands / (double) calls, statements / (double) calls, byQuery);
    }

    /** Forgets the statements and gateway requests counted so far. */
    void reset() throws SQLException {
        try (Statement sql = jdbc.createStatement()) {
            sql.execute("SELECT pg_stat_statements_reset()");
        }
        gateway.resetCounters();
    }

    /** How many times a statement ran, and its execution time in all (its triggers included), in seconds. */
    record Executed(long calls, double seconds) {
    }

    /**
     * The statements PostgreSQL executed in this database since {@link #reset()} (text normalised to one line, the
     * benchmark's own pg_stat_statements queries excluded) with how many times each ran and for how long, most
     * frequent first.
     */
    Map<String, Executed> statementsSinceReset() throws SQLException {
        Map<String, Executed> byQuery = new LinkedHashMap<>();
        try (Statement sql = jdbc.createStatement();
             ResultSet r = sql.executeQuery("""
                     SELECT regexp_replace(s.query, '\\s+', ' ', 'g') AS query, sum(s.calls) AS calls,
                            sum(s.total_exec_time) / 1000 AS seconds
                     FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                     WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat_statements%'
                     GROUP BY 1 ORDER BY 2 DESC""")) {
            while (r.next()) {
                byQuery.put(r.getString(1), new Executed(r.getLong(2), r.getDouble(3)));
            }
        }
        return byQuery;
    }
}
