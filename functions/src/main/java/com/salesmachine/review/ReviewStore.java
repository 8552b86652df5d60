package com.salesmachine.review;

import com.salesmachine.platform.DbValues;
import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.prospects.ProspectSummaries;
import com.salesmachine.contract.review.MessageType;
import com.salesmachine.contract.review.ReviewItem;
import com.salesmachine.contract.review.ReviewStatus;
import com.salesmachine.platform.JsonCodec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * SQL for the review queue. Every statement is scoped by the owner, and each returned item comes
 * with its prospect's summary and the owner's blacklisted terms from the same statement (a JOIN).
 */
@Component
class ReviewStore {

    /** Columns of an item (r), its prospect (p) and its owner (u); used over review_items or a CTE of it. */
    private static final String COLUMNS = """
            r.id, r.prospect_id, r.message_type, r.channel, r.proposed_subject, r.proposed_message,
            r.confidence_score, r.reasoning, r.status, r.edited_subject, r.edited_message, r.rejection_reason,
            r.priority, r.created_at, r.reviewed_at,
            %s,
            u.settings -> 'blacklistedTerms' AS user_terms""".formatted(ProspectSummaries.PREFIXED_COLUMNS);
    private static final String JOINS = """
            JOIN prospects p ON p.user_id = r.user_id AND p.id = r.prospect_id
            JOIN users u ON u.id = r.user_id""";

    private final DatabaseClient db;
    private final JsonCodec json;

    ReviewStore(DatabaseClient db, JsonCodec json) {
        this.db = db;
        this.json = json;
    }

    /** One page of the queue in one statement: priority desc, then oldest first, keyset after the cursor. */
    Flux<ReviewItem> page(UUID user, ReviewStatus status, UUID campaign, QueueCursor after, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM review_items r " + JOINS + """

                        WHERE r.user_id = :user AND r.status = :status
                          AND (CAST(:campaign AS uuid) IS NULL OR p.campaign_id = :campaign)
                          AND (CAST(:afterPriority AS int) IS NULL
                               OR r.priority < :afterPriority
                               OR (r.priority = :afterPriority AND (r.created_at, r.id) > (:afterAt, :afterId)))
                        ORDER BY r.priority DESC, r.created_at, r.id
                        LIMIT :limit""")
                .bind("user", user)
                .bind("status", text(status))
                .bind("campaign", Parameter.fromOrEmpty(campaign, UUID.class))
                .bind("afterPriority", Parameter.fromOrEmpty(after == null ? null : after.priority(), Integer.class))
                .bind("afterAt", Parameter.fromOrEmpty(after == null ? null : after.createdAt(), Instant.class))
                .bind("afterId", Parameter.fromOrEmpty(after == null ? null : after.id(), UUID.class))
                .bind("limit", limit)
                .map(this::entry)
                .all();
    }

    /**
     * The single-winner decision: one conditional UPDATE that only a pending item of this user
     * passes. Of concurrent deciders, PostgreSQL lets exactly one see 'pending' (the others
     * re-check the row after the winner commits); empty for the losers, and for unknown ids.
     *
     * @param set the decision's SET clause (a constant of {@link ReviewDecision}, never user input)
     */
    Mono<ReviewItem> decide(UUID user, UUID id, String set, Map<String, Object> binds) {
        return db.sql("WITH r AS (UPDATE review_items SET " + set + ", reviewed_at = now()"
                        + " WHERE id = :id AND user_id = :user AND status = 'pending' RETURNING *)"
                        + " SELECT " + COLUMNS + " FROM r " + JOINS)
                .bind("id", id)
                .bind("user", user)
                .bindValues(binds)
                .map(this::entry)
                .one();
    }

    /** The status of this user's item, or empty when the user has no such item. */
    Mono<ReviewStatus> statusOf(UUID user, UUID id) {
        return db.sql("SELECT status FROM review_items WHERE id = :id AND user_id = :user")
                .bind("id", id)
                .bind("user", user)
                .map(row -> DbValues.enumOf(ReviewStatus.class, row.get("status", String.class)))
                .one();
    }

    /** The decided text enters the outbox, due now. UNIQUE(review_item_id) makes a second row impossible. */
    Mono<Void> enqueue(UUID user, ReviewItem item, String subject, String text) {
        return db.sql("""
                        INSERT INTO outbound_messages (user_id, review_item_id, prospect_id, channel, subject, text, status, due_at)
                        VALUES (:user, :item, :prospect, :channel, :subject, :text, 'queued', now())""")
                .bind("user", user)
                .bind("item", item.id())
                .bind("prospect", item.prospect().id())
                .bind("channel", DbValues.text(item.channel()))
                .bind("subject", Parameter.fromOrEmpty(subject, String.class))
                .bind("text", text)
                .then();
    }

    Mono<List<String>> blacklistedTerms(UUID user) {
        return db.sql("SELECT settings -> 'blacklistedTerms' AS user_terms FROM users WHERE id = :user")
                .bind("user", user)
                .map(row -> terms(row.get("user_terms", Json.class)))
                .one()
                .defaultIfEmpty(List.of());
    }

    private ReviewItem entry(Readable row) {
        ProspectSummary prospect = ProspectSummaries.fromPrefixed(row);
        ReviewStatus status = DbValues.enumOf(ReviewStatus.class, row.get("status", String.class));
        String editedSubject = row.get("edited_subject", String.class);
        String editedMessage = row.get("edited_message", String.class);
        String proposedSubject = row.get("proposed_subject", String.class);
        String proposedMessage = row.get("proposed_message", String.class);
        List<String> terms = terms(row.get("user_terms", Json.class));
        List<String> blocked = editedMessage != null
                ? Blacklist.blockedTopics(textOf(editedSubject != null ? editedSubject : proposedSubject, editedMessage), terms)
                : Blacklist.blockedTopics(textOf(proposedSubject, proposedMessage), terms);
        return new ReviewItem(row.get("id", UUID.class), prospect,
                DbValues.enumOf(MessageType.class, row.get("message_type", String.class)),
                DbValues.enumOf(Channel.class, row.get("channel", String.class)), proposedSubject, proposedMessage,
                row.get("confidence_score", Integer.class), row.get("reasoning", String.class), blocked, status,
                editedSubject, editedMessage, row.get("rejection_reason", String.class),
                row.get("priority", Integer.class), row.get("created_at", Instant.class),
                row.get("reviewed_at", Instant.class));
    }

    /** The text the blacklist is checked against: subject and message together. */
    static String textOf(String subject, String message) {
        return subject == null ? message : subject + "\n" + message;
    }

    private List<String> terms(Json value) {
        List<String> terms = new ArrayList<>();
        if (value != null) {
            JsonNode node = json.mapper().readTree(value.asString());
            for (JsonNode term : node) {
                if (term.isString()) {
                    terms.add(term.asString());
                }
            }
        }
        return terms;
    }

    static String text(ReviewStatus status) {
        return DbValues.text(status);
    }
}
