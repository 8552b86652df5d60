package com.salesmachine.activity;

import com.salesmachine.platform.db.UserRows;

import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The GDPR export of one of this package's tables (activity_events, audit_entries: both keyed by user and ordered by
 * {@code (at, id)}): every row of the user, oldest first, as one contract-shaped JSON object, and how many rows
 * that is (the export's cap). The table is aliased {@code a}.
 *
 * @param fields the {@code jsonb_build_object} arguments (a constant of the owner: key, column, ...)
 * @param from   {@code FROM <table> a} (a constant of the owner)
 */
record UserExport(DatabaseClient db, String fields, String from) {

    Flux<Json> rows(UUID userId) {
        return UserRows.json(db, "SELECT jsonb_build_object(" + fields + ")\n" + from
                + "\nWHERE a.user_id = :user\nORDER BY a.at, a.id", userId);
    }

    Mono<Long> count(UUID userId) {
        return UserRows.count(db, "SELECT count(*) " + from + " WHERE a.user_id = :user", userId);
    }
}
