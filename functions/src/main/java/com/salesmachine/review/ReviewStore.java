package com.salesmachine.review;

import com.salesmachine.platform.db.DbValues;
import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.account.Accounts;
import com.salesmachine.prospects.Prospects;
import com.salesmachine.contract.review.MessageType;
import com.salesmachine.contract.review.ReviewItem;
import com.salesmachine.contract.review.ReviewStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for the review queue. Every statement is scoped by the owner. An item is shown with its prospect's
 * summary (asked of prospects) and checked against its owner's blacklisted terms (asked of account): one
 * statement each per page or decision, never per item.
 */
@Component
class ReviewStore {

    /** Columns of an item (r); used over review_items or a CTE of it. */
    private static final String COLUMNS = """
            r.id, r.prospect_id, r.message_type, r.channel, r.proposed_subject, r.proposed_message,
            r.confidence_score, r.reasoning, r.status, r.edited_subject, r.edited_message, r.rejection_reason,
            r.priority, r.created_at, r.reviewed_at""";

    private final DatabaseClient db;
    private final Prospects prospects;
    private final Accounts accounts;

    ReviewStore(DatabaseClient db, Prospects prospects, Accounts accounts) {
        this.db = db;
        this.prospects = prospects;
        this.accounts = accounts;
    }

    /**
     * One page of the queue: priority desc, then oldest first, keyset after the cursor; with a campaign, only
     * the items whose prospect is in it (read grant: the campaign test reads prospects in this one statement).
     */
    Flux<ReviewItem> page(UUID user, ReviewStatus status, UUID campaign, QueueCursor after, int limit) {
        return complete(user, db.sql("SELECT " + COLUMNS + " FROM review_items r" + """

                        WHERE r.user_id = :user AND r.status = :status
                          AND (CAST(:campaign AS uuid) IS NULL OR EXISTS (
                               SELECT 1 FROM prospects p
                               WHERE p.user_id = r.user_id AND p.id = r.prospect_id AND p.campaign_id = :campaign))
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
                .map(ReviewStore::stored)
                .all());
    }

    /**
     * The single-winner decision: one conditional UPDATE that only a pending item of this user
     * passes. Of concurrent deciders, PostgreSQL lets exactly one see 'pending' (the others
     * re-check the row after the winner commits); empty for the losers, and for unknown ids.
     *
     * @param set the decision's SET clause (a constant of {@link ReviewDecision}, never user input)
     */
    Mono<ReviewItem> decide(UUID user, UUID id, String set, Map<String, Object> binds) {
        return complete(user, db.sql("UPDATE review_items r SET " + set + ", reviewed_at = now()"
                        + " WHERE r.id = :id AND r.user_id = :user AND r.status = 'pending' RETURNING " + COLUMNS)
                .bind("id", id)
                .bind("user", user)
                .bindValues(binds)
                .map(ReviewStore::stored)
                .all()).next();
    }

    /**
     * Undo, review side (issue 16): the decided item goes back to {@code pending} with its decision's fields cleared.
     * An approved or edited item only when its outbox row was just withdrawn ({@code withdrawn}); a rejected one
     * within {@code rejectWindow} of the decision. Empty when nothing qualifies (one winner, like decide).
     */
    Mono<ReviewItem> undecide(UUID user, UUID id, boolean withdrawn, java.time.Duration rejectWindow) {
        return complete(user, db.sql("UPDATE review_items r SET status = 'pending', edited_subject = NULL,"
                        + " edited_message = NULL, rejection_reason = NULL, reviewed_at = NULL"
                        + " WHERE r.id = :id AND r.user_id = :user AND ((r.status IN ('approved', 'edited') AND :withdrawn)"
                        + "   OR (r.status = 'rejected' AND r.reviewed_at > now() - make_interval(secs => :window)))"
                        + " RETURNING " + COLUMNS)
                .bind("id", id)
                .bind("user", user)
                .bind("withdrawn", withdrawn)
                .bind("window", (double) rejectWindow.toSeconds())
                .map(ReviewStore::stored)
                .all()).next();
    }

    /** The status of this user's item, or empty when the user has no such item. */
    Mono<ReviewStatus> statusOf(UUID user, UUID id) {
        return db.sql("SELECT status FROM review_items WHERE id = :id AND user_id = :user")
                .bind("id", id)
                .bind("user", user)
                .map(row -> DbValues.enumOf(ReviewStatus.class, row.get("status", String.class)))
                .one();
    }

    Mono<List<String>> blacklistedTerms(UUID user) {
        return accounts.blacklistedTerms(user);
    }

    /** A review_items row before its prospect and its owner's terms are known. */
    private record Stored(UUID id, UUID prospectId, MessageType messageType, Channel channel, String proposedSubject,
                          String proposedMessage, Integer confidenceScore, String reasoning, ReviewStatus status,
                          String editedSubject, String editedMessage, String rejectionReason, Integer priority,
                          Instant createdAt, Instant reviewedAt) {
    }

    private static Stored stored(Readable row) {
        return new Stored(row.get("id", UUID.class), row.get("prospect_id", UUID.class),
                DbValues.enumOf(MessageType.class, row.get("message_type", String.class)),
                DbValues.enumOf(Channel.class, row.get("channel", String.class)),
                row.get("proposed_subject", String.class), row.get("proposed_message", String.class),
                row.get("confidence_score", Integer.class), row.get("reasoning", String.class),
                DbValues.enumOf(ReviewStatus.class, row.get("status", String.class)),
                row.get("edited_subject", String.class), row.get("edited_message", String.class),
                row.get("rejection_reason", String.class), row.get("priority", Integer.class),
                row.get("created_at", Instant.class), row.get("reviewed_at", Instant.class));
    }

    /** Keeps the order; an item whose prospect is not the user's (impossible by the foreign key) is left out. */
    private Flux<ReviewItem> complete(UUID user, Flux<Stored> rows) {
        return rows.collectList().flatMapMany(stored -> stored.isEmpty() ? Flux.empty() : Mono.zip(
                        prospects.summaries(user, stored.stream().map(Stored::prospectId).toList()),
                        accounts.blacklistedTerms(user))
                .flatMapMany(t -> Flux.fromIterable(stored)
                        .filter(r -> t.getT1().containsKey(r.prospectId()))
                        .map(r -> entry(r, t.getT1().get(r.prospectId()), t.getT2()))));
    }

    private static ReviewItem entry(Stored r, ProspectSummary prospect, List<String> terms) {
        List<String> blocked = r.editedMessage() != null
                ? Blacklist.blockedTopics(textOf(r.editedSubject() != null ? r.editedSubject() : r.proposedSubject(),
                        r.editedMessage()), terms)
                : Blacklist.blockedTopics(textOf(r.proposedSubject(), r.proposedMessage()), terms);
        return new ReviewItem(r.id(), prospect, r.messageType(), r.channel(), r.proposedSubject(), r.proposedMessage(),
                r.confidenceScore(), r.reasoning(), blocked, r.status(), r.editedSubject(), r.editedMessage(),
                r.rejectionReason(), r.priority(), r.createdAt(), r.reviewedAt());
    }

    /** The text the blacklist is checked against: subject and message together. */
    static String textOf(String subject, String message) {
        return subject == null ? message : subject + "\n" + message;
    }

    static String text(ReviewStatus status) {
        return DbValues.text(status);
    }
}
