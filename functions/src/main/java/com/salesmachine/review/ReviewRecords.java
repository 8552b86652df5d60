package com.salesmachine.review;

import com.salesmachine.platform.db.UserRows;
import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.contract.review.MessageType;
import com.salesmachine.contract.review.ReviewItem;
import com.salesmachine.contract.review.ReviewStatus;
import com.salesmachine.outreach.Outbox;
import com.salesmachine.platform.db.DbValues;
import com.salesmachine.prospects.ProspectStory;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What others read of review_items: a prospect's pending items, an item's confidence, the GDPR part. */
@Component
public class ReviewRecords implements ProspectStory.PendingReviews, Outbox.ReviewedConfidence {

    private final DatabaseClient db;

    public ReviewRecords(DatabaseClient db) {
        this.db = db;
    }

    /** As stored: blocked topics are the ones found when the draft arrived. */
    @Override
    public Mono<List<ReviewItem>> pendingFor(UUID userId, ProspectSummary prospect) {
        return db.sql("""
                        SELECT id, message_type, channel, proposed_subject, proposed_message, confidence_score,
                               reasoning, blocked_topics, status, edited_subject, edited_message, rejection_reason,
                               priority, created_at, reviewed_at
                        FROM review_items
                        WHERE user_id = :user AND prospect_id = :id AND status = 'pending'
                        ORDER BY priority DESC, created_at, id""")
                .bind("user", userId)
                .bind("id", prospect.id())
                .map(row -> new ReviewItem(
                        row.get("id", UUID.class),
                        prospect,
                        DbValues.enumOf(MessageType.class, row.get("message_type", String.class)),
                        DbValues.enumOf(Channel.class, row.get("channel", String.class)),
                        row.get("proposed_subject", String.class),
                        row.get("proposed_message", String.class),
                        row.get("confidence_score", Integer.class),
                        row.get("reasoning", String.class),
                        texts(row, "blocked_topics"),
                        DbValues.enumOf(ReviewStatus.class, row.get("status", String.class)),
                        row.get("edited_subject", String.class),
                        row.get("edited_message", String.class),
                        row.get("rejection_reason", String.class),
                        row.get("priority", Integer.class),
                        DbValues.instant(row.get("created_at", OffsetDateTime.class)),
                        DbValues.instant(row.get("reviewed_at", OffsetDateTime.class))))
                .all()
                .collectList();
    }

    private static List<String> texts(Readable row, String column) {
        String[] values = row.get(column, String[].class);
        return values == null ? List.of() : Arrays.asList(values);
    }

    /** Empty when the item is gone or had no score. */
    @Override
    public Mono<Optional<Integer>> of(UUID reviewItemId) {
        return db.sql("SELECT confidence_score FROM review_items WHERE id = :id")
                .bind("id", reviewItemId)
                .map(row -> Optional.ofNullable(row.get("confidence_score", Integer.class)))
                .one()
                .defaultIfEmpty(Optional.empty());
    }

    /**
     * GDPR export: every item of the user, oldest first, as the contract's ReviewItem with
     * {@code prospectId} in place of {@code prospect} (the prospect's summary; the caller adds it).
     */
    public Flux<Json> exportFor(UUID userId) {
        return UserRows.json(db, """
                        SELECT jsonb_build_object('id', r.id, 'prospectId', r.prospect_id,
                                   'messageType', r.message_type, 'channel', r.channel, 'proposedSubject', r.proposed_subject,
                                   'proposedMessage', r.proposed_message, 'confidenceScore', r.confidence_score,
                                   'reasoning', r.reasoning, 'blockedTopics', r.blocked_topics, 'status', r.status,
                                   'editedSubject', r.edited_subject, 'editedMessage', r.edited_message,
                                   'rejectionReason', r.rejection_reason, 'priority', r.priority, 'createdAt', r.created_at,
                                   'reviewedAt', r.reviewed_at)
                        FROM review_items r
                        WHERE r.user_id = :user
                        ORDER BY r.created_at, r.id""", userId);
    }

    public Mono<Long> rowCount(UUID userId) {
        return UserRows.count(db, "SELECT count(*) FROM review_items WHERE user_id = :user", userId);
    }
}
