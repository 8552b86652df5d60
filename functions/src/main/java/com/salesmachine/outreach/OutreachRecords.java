package com.salesmachine.outreach;

import com.salesmachine.platform.db.UserRows;

import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The GDPR export's part of outreach: every row of the user in outbound_messages, messages, warmups and
 * warmup_days, one JSON object per row in the contract's shape. Runs in the caller's transaction.
 */
@Component
public class OutreachRecords {

    private final DatabaseClient db;

    public OutreachRecords(DatabaseClient db) {
        this.db = db;
    }

    /** A row that belongs under one prospect of the export. */
    public record ProspectPart(UUID prospectId, Json json) {
    }

    public Flux<Json> outboxFor(UUID userId) {
        return rows("""
                SELECT jsonb_build_object('id', o.id, 'prospectId', o.prospect_id, 'reviewItemId', o.review_item_id,
                           'channel', o.channel, 'subject', o.subject, 'text', o.text, 'status', o.status,
                           'dueAt', o.due_at, 'claimedAt', o.claimed_at, 'attempts', o.attempts, 'sentAt', o.sent_at,
                           'externalId', o.external_id, 'error', o.error, 'createdAt', o.created_at)
                FROM outbound_messages o
                WHERE o.user_id = :user
                ORDER BY o.created_at, o.id""", userId);
    }

    public Flux<Json> warmupDaysFor(UUID userId) {
        return rows("""
                SELECT jsonb_build_object('prospectId', d.prospect_id, 'day', d.day::text, 'likes', d.likes,
                           'comments', d.comments)
                FROM warmup_days d
                WHERE d.user_id = :user
                ORDER BY d.prospect_id, d.day""", userId);
    }

    /** Every message, oldest first, keyed by its prospect. */
    public Flux<ProspectPart> messagesFor(UUID userId) {
        return parts("""
                SELECT m.prospect_id,
                       jsonb_build_object('id', m.id, 'direction', m.direction, 'channel', m.channel,
                           'subject', m.subject, 'text', m.text, 'aiGenerated', m.ai_generated,
                           'confidenceScore', m.confidence_score, 'sentiment', m.sentiment, 'at', m.at)
                FROM messages m
                WHERE m.user_id = :user
                ORDER BY m.at, m.id""", userId);
    }

    /** Every warm-up (one per prospect) as the contract's WarmupProgress, keyed by its prospect. */
    public Flux<ProspectPart> warmupsFor(UUID userId) {
        return parts("""
                SELECT w.prospect_id,
                       jsonb_build_object('startedAt', w.started_at, 'plannedDays', w.planned_days, 'likes', w.likes,
                           'comments', w.comments, 'connectionStatus', nullif(w.connection_status, 'none'))
                FROM warmups w
                WHERE w.user_id = :user""", userId);
    }

    /** Rows of the user in the four tables together. */
    public Mono<Long> rowCount(UUID userId) {
        return UserRows.count(db, """
                        SELECT (SELECT count(*) FROM outbound_messages WHERE user_id = :user)
                             + (SELECT count(*) FROM messages WHERE user_id = :user)
                             + (SELECT count(*) FROM warmups WHERE user_id = :user)
                             + (SELECT count(*) FROM warmup_days WHERE user_id = :user)""", userId);
    }

    private Flux<Json> rows(String sql, UUID userId) {
        return UserRows.json(db, sql, userId);
    }

    private Flux<ProspectPart> parts(String sql, UUID userId) {
        return db.sql(sql).bind("user", userId)
                .map(row -> new ProspectPart(row.get(0, UUID.class), row.get(1, Json.class)))
                .all();
    }
}
