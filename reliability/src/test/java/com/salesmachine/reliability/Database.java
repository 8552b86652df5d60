package com.salesmachine.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.salesmachine.localstack.LocalStack;

/**
 * Plain JDBC on the shared local PostgreSQL, one connection per instance (not thread-safe: one per worker).
 * Its fingerprint of a user (row count and row-version ids per table) covers EVERY table with a {@code user_id} column, found in the catalogue, so a table
 * added later is covered without touching the tests.
 */
final class Database implements AutoCloseable {

    private static volatile String fingerprintSql;
    private static volatile List<String> tablesWithIds;

    private final Connection connection;

    Database() {
        LocalStack stack = LocalStack.shared();
        try {
            connection = DriverManager.getConnection(stack.jdbcUrl(), stack.postgres().username(),
                    stack.postgres().password());
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Row count and the row versions (xmin), per table, of everything the user owns (their users row included).
     * Equal fingerprints mean nothing of theirs was inserted, updated or deleted in between.
     */
    Map<String, String> fingerprint(UUID user) {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement s = connection.prepareStatement(fingerprintSql())) {
            int n = s.getParameterMetaData().getParameterCount();
            for (int i = 1; i <= n; i++) {
                s.setObject(i, user);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getLong(2) + ":" + r.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Every id of every row the user owns, in every table with user_id and id columns. */
    List<UUID> idsOwnedBy(UUID user) {
        List<UUID> ids = new ArrayList<>();
        ids.add(user);
        for (String table : tablesWithIds()) {
            ids.addAll(uuids("SELECT id FROM " + table + " WHERE user_id = ?", user));
        }
        return ids;
    }

    List<UUID> uuids(String sql, Object... params) {
        List<UUID> out = new ArrayList<>();
        query(sql, r -> out.add(r.getObject(1, UUID.class)), params);
        return out;
    }

    long count(String sql, Object... params) {
        long[] out = {0};
        query(sql, r -> out[0] = r.getLong(1), params);
        return out[0];
    }

    void execute(String sql, Object... params) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, params);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    interface Row {
        void read(ResultSet r) throws SQLException;
    }

    void query(String sql, Row row, Object... params) {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row.read(r);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    private String fingerprintSql() {
        if (fingerprintSql == null) {
            List<String> parts = new ArrayList<>();
            // every committed insert or update gives its row version a new xmin, every delete lowers the count:
            // (count, max xmin, sum of xmin) changes with any write, and costs no row-to-text conversion
            String digest = "count(*), coalesce(max(t.xmin::text::bigint), 0) || ':' || coalesce(sum(t.xmin::text::bigint), 0)";
            parts.add("SELECT 'users', " + digest + " FROM users t WHERE id = ?");
            for (String table : tables("user_id")) {
                parts.add("SELECT '" + table + "', " + digest + " FROM " + table + " t WHERE user_id = ?");
            }
            fingerprintSql = String.join(" UNION ALL ", parts);
        }
        return fingerprintSql;
    }

    private List<String> tablesWithIds() {
        if (tablesWithIds == null) {
            List<String> withUser = tables("user_id");
            tablesWithIds = tables("id").stream().filter(withUser::contains).toList();
        }
        return tablesWithIds;
    }

    /** Base tables of the public schema having this column (views excluded). */
    private List<String> tables(String column) {
        List<String> out = new ArrayList<>();
        query("""
                SELECT c.table_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = 'public' AND c.column_name = ? AND t.table_type = 'BASE TABLE'
                  AND c.table_name <> 'flyway_schema_history'
                ORDER BY c.table_name""", r -> out.add(r.getString(1)), column);
        return out;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
