package com.salesmachine.platform.db;

import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The two reads every table owner runs for the GDPR export: one JSON document per row, and a row count, both for
 * the user bound as {@code :user}. The SQL stays in the owner (it names the owner's tables); this only runs it.
 */
public final class UserRows {

    private UserRows() {
    }

    /** {@code sql} selects one jsonb column per row. */
    public static Flux<Json> json(DatabaseClient db, String sql, UUID userId) {
        return db.sql(sql).bind("user", userId).map(row -> row.get(0, Json.class)).all();
    }

    /** {@code sql} selects one count. */
    public static Mono<Long> count(DatabaseClient db, String sql, UUID userId) {
        return db.sql(sql).bind("user", userId).map(row -> row.get(0, Long.class)).one();
    }
}
