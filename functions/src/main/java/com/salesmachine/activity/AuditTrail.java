package com.salesmachine.activity;

import com.salesmachine.platform.json.JsonCodec;

import java.util.Map;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The audit trail (audit_entries): ids, actions and counts only, never personal data, so an entry outlives the
 * row it names. Call {@link #record} / {@link #userAction} inside the transaction of the audited change.
 */
@Component
public class AuditTrail {

    private final DatabaseClient db;
    private final JsonCodec json;
    private final UserExport export;

    public AuditTrail(DatabaseClient db, JsonCodec json) {
        this.db = db;
        this.json = json;
        this.export = new UserExport(db, "'id', a.id, 'actor', a.actor, 'action', a.action, 'entityType', a.entity_type,"
                + " 'entityId', a.entity_id, 'at', a.at, 'details', a.details", "FROM audit_entries a");
    }

    /** An action the user took on one of their entities (e.g. {@code account.deleted} on {@code user}). */
    public Mono<Void> record(UUID userId, String action, String entityType, UUID entityId) {
        return db.sql("""
                        INSERT INTO audit_entries (user_id, actor, action, entity_type, entity_id)
                        VALUES (:user, 'user', :action, :entityType, :entity)""")
                .bind("user", userId)
                .bind("action", action)
                .bind("entityType", entityType)
                .bind("entity", entityId)
                .then();
    }

    /**
     * A user's action on many entities of one type (a bulk change): no entity id (null), the details say how
     * many (and which, by id).
     */
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

    /** GDPR export: every entry of the user, oldest first, one JSON object per row in the contract's shape. */
    public Flux<Json> exportFor(UUID userId) {
        return export.rows(userId);
    }

    /** GDPR export: how many rows {@link #exportFor} would return. */
    public Mono<Long> rowCount(UUID userId) {
        return export.count(userId);
    }
}
