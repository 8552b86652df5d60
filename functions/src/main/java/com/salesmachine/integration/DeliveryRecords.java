package com.salesmachine.integration;

import com.salesmachine.platform.db.UserRows;
import com.salesmachine.gdpr.StoredDeliveries;
import com.salesmachine.prospects.ErasedProspectCopies;

import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The GDPR part of integration_deliveries. Stored claimOutbound answers (kept for redelivery) hold message
 * texts, the prospect and the user's id, under no user_id: no cascade reaches them. Erasure removes the
 * items about the erased prospect or user. Called inside the exporting or erasing transaction.
 */
@Component
class DeliveryRecords implements StoredDeliveries, ErasedProspectCopies {

    private final DatabaseClient db;

    DeliveryRecords(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public Mono<Void> forgetProspect(UUID prospectId) {
        return forget("item -> 'prospect' ->> 'id'", "jsonb_build_object('prospect', jsonb_build_object('id', :id::text))",
                prospectId);
    }

    @Override
    public Mono<Void> forgetUser(UUID userId) {
        return forget("item ->> 'userId'", "jsonb_build_object('userId', :id::text)", userId);
    }

    /**
     * bulkDeleteProspects: one statement, however many prospects the set-based DELETE erased, removes the user's
     * items about them (their ids are in the transaction's temporary table erased_prospect_ids, filled by
     * prospects: see {@link ErasedProspectCopies}) from the stored answers holding that user's items.
     */
    @Override
    public Mono<Void> forgetErasedProspectsOf(UUID userId) {
        return db.sql("""
                        UPDATE integration_deliveries
                        SET response_body = jsonb_set(response_body, '{items}', coalesce(
                            (SELECT jsonb_agg(item) FROM jsonb_array_elements(response_body -> 'items') item
                             WHERE item ->> 'userId' IS DISTINCT FROM :user::text
                                OR NOT EXISTS (SELECT 1 FROM erased_prospect_ids e
                                               WHERE e.id = item -> 'prospect' ->> 'id')), '[]'::jsonb))
                        WHERE function_name = 'claimOutbound'
                          AND response_body @> jsonb_build_object('items', jsonb_build_array(
                              jsonb_build_object('userId', :user::text)))""")
                .bind("user", userId)
                .then();
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

    @Override
    public Flux<Json> exportFor(UUID userId) {
        return UserRows.json(db, """
                        SELECT jsonb_build_object('deliveryId', d.delivery_id, 'functionName', d.function_name,
                                   'responseStatus', d.response_status, 'receivedAt', d.created_at,
                                   'completedAt', d.completed_at)
                        FROM integration_deliveries d
                        WHERE d.user_id = :user
                        ORDER BY d.created_at, d.delivery_id""", userId);
    }

    @Override
    public Mono<Long> rowCount(UUID userId) {
        return UserRows.count(db, "SELECT count(*) FROM integration_deliveries WHERE user_id = :user", userId);
    }
}
