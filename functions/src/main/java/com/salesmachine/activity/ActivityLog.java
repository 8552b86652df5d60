package com.salesmachine.activity;

import com.salesmachine.contract.dashboard.ActivityEvent;
import com.salesmachine.platform.db.Cursor;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The activity stream (activity_events): the public surface other features use to add to it and read it.
 * Call {@link #record} inside the same transaction as the change it describes. A summary names what
 * happened, never message bodies.
 */
@Component
public class ActivityLog {

    private final DatabaseClient db;
    private final UserExport export;

    public ActivityLog(DatabaseClient db) {
        this.db = db;
        this.export = new UserExport(db, "'id', a.id, 'type', a.type, 'prospectId', a.prospect_id, 'summary', a.summary, 'at', a.at",
                "FROM activity_events a");
    }

    public Mono<Void> record(UUID userId, String type, UUID prospectId, String summary) {
        return db.sql("INSERT INTO activity_events (user_id, type, prospect_id, summary) VALUES (:user, :type, :prospect, :summary)")
                .bind("user", userId)
                .bind("type", type)
                .bind("prospect", Parameter.fromOrEmpty(prospectId, UUID.class))
                .bind("summary", summary)
                .then();
    }

    /** Newest first; keyset over (at, id) descending. */
    public Flux<ActivityEvent> newestFirst(UUID user, Cursor after, int limit) {
        return db.sql("""
                        SELECT id, type, prospect_id, summary, at FROM activity_events
                        WHERE user_id = :user
                          AND (CAST(:afterAt AS timestamptz) IS NULL OR (at, id) < (:afterAt, :afterId))
                        ORDER BY at DESC, id DESC
                        LIMIT :limit""")
                .bind("user", user)
                .bind("afterAt", Parameter.fromOrEmpty(after == null ? null : after.at(), Instant.class))
                .bind("afterId", Parameter.fromOrEmpty(after == null ? null : after.id(), UUID.class))
                .bind("limit", limit)
                .map(row -> new ActivityEvent(row.get("id", UUID.class), row.get("type", String.class),
                        row.get("prospect_id", UUID.class), row.get("summary", String.class),
                        row.get("at", Instant.class)))
                .all();
    }

    /** GDPR export: every event of the user, oldest first, one JSON object per row in the contract's shape. */
    public Flux<Json> exportFor(UUID userId) {
        return export.rows(userId);
    }

    /** GDPR export: how many rows {@link #exportFor} would return. */
    public Mono<Long> rowCount(UUID userId) {
        return export.count(userId);
    }
}
