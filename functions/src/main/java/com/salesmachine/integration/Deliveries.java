package com.salesmachine.integration;

import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.Caller;
import com.salesmachine.platform.json.JsonCodec;

import java.util.UUID;
import java.util.function.Supplier;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Exactly-once effects per {@code X-Sm-Delivery-Id}, held in Postgres (integration_deliveries), not in
 * instance memory. The delivery row is inserted first, in the same transaction as the effect and its
 * stored answer: concurrent copies block on the primary key until the first commits, then replay its
 * answer. A failed effect rolls back with its row, so an error is never stored and a retry runs again.
 */
@Component
public class Deliveries {

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final JsonCodec json;

    public Deliveries(DatabaseClient db, TransactionalOperator tx, JsonCodec json) {
        this.db = db;
        this.tx = tx;
        this.json = json;
    }

    /**
     * Runs {@code effect} once for this caller's delivery id and answers every copy with its result.
     *
     * @param userId the user the delivery acts for (must exist), or null for cross-user functions
     */
    public <O> Mono<O> once(Caller caller, String function, UUID userId, Class<O> answerType, Supplier<Mono<O>> effect) {
        String deliveryId = caller.headers().get(IntegrationAccess.DELIVERY_ID_HEADER);
        String sha256 = caller.headers().get(IntegrationAccess.BODY_SHA256_HEADER);
        if (deliveryId == null || sha256 == null) {
            return Mono.error(new IllegalStateException("once() needs a caller verified by IntegrationAccess"));
        }
        Mono<O> attempt = claim(deliveryId, function, userId, sha256)
                .flatMap(claimed -> claimed
                        ? Mono.defer(effect).flatMap(answer -> complete(deliveryId, answer))
                        : replay(deliveryId, function, sha256, answerType));
        return tx.transactional(attempt);
    }

    private Mono<Boolean> claim(String deliveryId, String function, UUID userId, String sha256) {
        return db.sql("""
                        INSERT INTO integration_deliveries (delivery_id, user_id, function_name, request_sha256)
                        VALUES (:id, :user, :function, :sha)
                        ON CONFLICT (delivery_id) DO NOTHING""")
                .bind("id", deliveryId)
                .bind("function", function)
                .bind("sha", sha256)
                .bind("user", Nullable.of(userId, UUID.class))
                .fetch().rowsUpdated()
                .map(rows -> rows == 1);
    }

    private <O> Mono<O> complete(String deliveryId, O answer) {
        return db.sql("""
                        UPDATE integration_deliveries
                        SET response_status = 200, response_body = :body, completed_at = now()
                        WHERE delivery_id = :id""")
                .bind("id", deliveryId)
                .bind("body", Json.of(json.mapper().writeValueAsString(answer)))
                .fetch().rowsUpdated()
                .thenReturn(answer);
    }

    private <O> Mono<O> replay(String deliveryId, String function, String sha256, Class<O> answerType) {
        return db.sql("""
                        SELECT function_name, request_sha256, response_body
                        FROM integration_deliveries WHERE delivery_id = :id""")
                .bind("id", deliveryId)
                .map(row -> {
                    if (!function.equals(row.get("function_name", String.class))
                            || !sha256.equals(row.get("request_sha256", String.class))) {
                        throw ApiException.conflict("Delivery id already used for a different request");
                    }
                    Json body = row.get("response_body", Json.class);
                    if (body == null) {
                        // only possible if a row was written outside once(); never replay a half-done delivery
                        throw ApiException.conflict("Delivery is still being processed");
                    }
                    return json.mapper().readValue(body.asString(), answerType);
                })
                .one()
                // the first copy rolled back between our insert attempt and this read: ask the caller to retry
                .switchIfEmpty(Mono.error(() -> ApiException.conflict("Delivery is being processed; retry")));
    }
}
