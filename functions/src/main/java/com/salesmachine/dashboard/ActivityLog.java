package com.salesmachine.dashboard;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The public surface other features use to add to the activity stream. Call it inside the same
 * transaction as the change it describes. A summary names what happened, never message bodies.
 */
@Component
public class ActivityLog {

    private final DatabaseClient db;

    public ActivityLog(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> record(UUID userId, String type, UUID prospectId, String summary) {
        return db.sql("INSERT INTO activity_events (user_id, type, prospect_id, summary) VALUES (:user, :type, :prospect, :summary)")
                .bind("user", userId)
                .bind("type", type)
                .bind("prospect", Parameter.fromOrEmpty(prospectId, UUID.class))
                .bind("summary", summary)
                .then();
    }
}
