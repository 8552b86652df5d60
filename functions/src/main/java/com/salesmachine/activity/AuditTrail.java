package com.salesmachine.activity;

import com.salesmachine.platform.JsonCodec;

import java.util.Map;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The public surface other features use to write {@code audit_entries} (owned by this package): one entry per
 * user action, inside the transaction of the change it records. Details carry ids and counts, never personal data.
 */
@Component
public class AuditTrail {

    private final DatabaseClient db;
    private final JsonCodec json;

    public AuditTrail(DatabaseClient db, JsonCodec json) {
        this.db = db;
        this.json = json;
    }

    /** A user's action on many entities of one type: no entity id, the details say how many (and which). */
    public Mono<Void> userAction(UUID userId, String action, String entityType, UUID entityId,
                                 Map<String, Object> details) {
        return db.sql("""
                        INSERT INTO audit_entries (user_id, actor, action, entity_type, entity_id, details)
                        VALUES (:user, 'user', :action, :entityType, :entityId, :details)""")
                .bind("user", userId)
                .bind("action", action)
                .bind("entityType", entityType)
                .bind("entityId", Parameter.fromOrEmpty(entityId, UUID.class))
                .bind("details", Json.of(json.mapper().writeValueAsString(details)))
                .then();
    }
}
