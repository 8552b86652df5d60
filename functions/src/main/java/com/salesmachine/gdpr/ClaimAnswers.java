package com.salesmachine.gdpr;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Stored claimOutbound answers ({@code integration_deliveries}, kept for redelivery) hold message texts, the
 * prospect and the user's id, under no user_id: no cascade reaches them. Erasure removes the items about the
 * erased prospect or user. Call inside the erasing transaction.
 */
@Component
public class ClaimAnswers {

    private final DatabaseClient db;

    public ClaimAnswers(DatabaseClient db) {
        this.db = db;
    }

    /** Removes the items about this prospect (deleteProspect). */
    public Mono<Void> forgetProspect(UUID prospectId) {
        return forget("item -> 'prospect' ->> 'id'", "jsonb_build_object('prospect', jsonb_build_object('id', :id::text))",
                prospectId);
    }

    /**
     * Removes, from the stored answers holding this user's items, the user's items whose prospect no longer exists (bulkDeleteProspects: one
     * statement after the set-based DELETE, however many prospects it erased).
     */
    public Mono<Void> forgetErasedProspectsOf(UUID userId) {
        return db.sql("""
                        UPDATE integration_deliveries
                        SET response_body = jsonb_set(response_body, '{items}', coalesce(
                            (SELECT jsonb_agg(item) FROM jsonb_array_elements(response_body -> 'items') item
                             WHERE item ->> 'userId' IS DISTINCT FROM :user::text
                                OR EXISTS (SELECT 1 FROM prospects p
                                           WHERE p.user_id = :user AND p.id::text = item -> 'prospect' ->> 'id')),
                            '[]'::jsonb))
                        WHERE function_name = 'claimOutbound'
                          AND response_body @> jsonb_build_object('items', jsonb_build_array(
                              jsonb_build_object('userId', :user::text)))""")
                .bind("user", userId)
                .then();
    }

    /** Removes the items of this user (deleteAccount). */
    public Mono<Void> forgetUser(UUID userId) {
        return forget("item ->> 'userId'", "jsonb_build_object('userId', :id::text)", userId);
    }

    /** {@code itemKey} and {@code itemShape} are constants of this class, never input. */
    private Mono<Void> forget(String itemKey, String itemShape, UUID id) {
        return db.sql("""
                        UPDATE integration_deliveries
                        SET response_body = jsonb_set(response_body, '{items}', coalesce(
                            (SELECT jsonb_agg(item) FROM jsonb_array_elements(response_body -> 'items') item
                             WHERE %s <> :id), '[]'::jsonb))
                        WHERE function_name = 'claimOutbound'
                          AND response_body @> jsonb_build_object('items', jsonb_build_array(%s))"""
                        .formatted(itemKey, itemShape))
                .bind("id", id.toString())
                .then();
    }
}
