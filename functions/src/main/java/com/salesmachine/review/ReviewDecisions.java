package com.salesmachine.review;

import com.salesmachine.contract.review.ReviewItem;
import com.salesmachine.contract.review.ReviewStatus;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.outreach.Outbox;
import com.salesmachine.platform.ApiException;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Human decisions on review items (product rule 6): final and single. Each decision is one
 * transaction: the conditional UPDATE that only one caller can win, then, for approve and edit,
 * exactly one outbox row with the text to send, then the activity event.
 */
@Component
class ReviewDecisions {

    /**
     * How long a decision can be undone (issue 16). An approved or edited message is due in the outbox only at
     * reviewed_at + UNDO_WINDOW, so no claim can take it sooner; undo works while no claim has taken it.
     */
    static final Duration UNDO_WINDOW = Duration.ofSeconds(10);
    /** A rejection sends nothing; its undo is accepted a little past the window the UI offers (network slack). */
    static final Duration REJECT_UNDO_WINDOW = UNDO_WINDOW.plusSeconds(20);

    private final ReviewStore store;
    private final Outbox outbox;
    private final ActivityLog activity;
    private final TransactionalOperator tx;

    ReviewDecisions(ReviewStore store, Outbox outbox, ActivityLog activity, ReactiveTransactionManager transactions) {
        this.store = store;
        this.outbox = outbox;
        this.activity = activity;
        this.tx = TransactionalOperator.create(transactions);
    }

    Mono<ReviewItem> approve(UUID user, UUID id) {
        Mono<ReviewItem> decision = decide(user, id, "status = 'approved'", Map.of())
                .flatMap(item -> enqueue(user, item, item.proposedSubject(), item.proposedMessage())
                        .then(record(user, item, "message_approved", "approved"))
                        .thenReturn(item));
        return tx.transactional(decision);
    }

    /** The edited text must not hit the blacklist (422); a null subject keeps the proposed one. */
    Mono<ReviewItem> edit(UUID user, UUID id, String subject, String message) {
        Mono<ReviewItem> decision = store.blacklistedTerms(user)
                .doOnNext(terms -> rejectBlacklisted(subject, message, terms))
                .then(Mono.defer(() -> {
                    Map<String, Object> binds = new HashMap<>();
                    binds.put("editedSubject", Parameter.fromOrEmpty(subject, String.class));
                    binds.put("editedMessage", message);
                    return decide(user, id, "status = 'edited', edited_subject = :editedSubject,"
                            + " edited_message = :editedMessage", binds);
                }))
                .flatMap(item -> enqueue(user, item,
                                item.editedSubject() != null ? item.editedSubject() : item.proposedSubject(),
                                item.editedMessage())
                        .then(record(user, item, "message_edited", "edited and approved"))
                        .thenReturn(item));
        return tx.transactional(decision);
    }

    Mono<ReviewItem> reject(UUID user, UUID id, String reason) {
        Map<String, Object> binds = new HashMap<>();
        binds.put("reason", Parameter.fromOrEmpty(reason, String.class));
        Mono<ReviewItem> decision = decide(user, id, "status = 'rejected', rejection_reason = :reason", binds)
                .flatMap(item -> record(user, item, "message_rejected", "rejected").thenReturn(item));
        return tx.transactional(decision);
    }

    /**
     * Undo (issue 16): one transaction that first withdraws the item's unclaimed outbox row (the lock that orders
     * it against a claim), then returns the item to pending. 404 for a stranger's or unknown id; 409 when the item
     * is pending, when its message was already claimed for sending, or when a rejection is past its window.
     */
    Mono<ReviewItem> undo(UUID user, UUID id) {
        Mono<ReviewItem> undo = outbox.withdrawUnclaimed(user, id)
                .flatMap(withdrawn -> store.undecide(user, id, withdrawn, REJECT_UNDO_WINDOW))
                .switchIfEmpty(Mono.defer(() -> store.statusOf(user, id)
                        .flatMap(status -> Mono.<ReviewItem>error(cannotUndo(status)))
                        .switchIfEmpty(Mono.error(() -> ApiException.notFound("Review item")))))
                .flatMap(item -> activity.record(user, "message_decision_undone", item.prospect().id(),
                        "Decision on the message to " + item.prospect().fullName() + " undone; back in the review queue")
                        .thenReturn(item));
        return tx.transactional(undo);
    }

    private static ApiException cannotUndo(ReviewStatus status) {
        return switch (status) {
            case PENDING -> ApiException.conflict("This review item is not decided; there is nothing to undo");
            case REJECTED -> ApiException.conflict("This rejection can no longer be undone");
            default -> ApiException.conflict("This message was already handed to the sender and can no longer be undone");
        };
    }

    /** The winner gets the decided item; a loser 409 (already decided); a stranger 404. */
    private Mono<ReviewItem> decide(UUID user, UUID id, String set, Map<String, Object> binds) {
        return store.decide(user, id, set, binds)
                .switchIfEmpty(Mono.defer(() -> store.statusOf(user, id)
                        .flatMap(status -> Mono.<ReviewItem>error(alreadyDecided(status)))
                        .switchIfEmpty(Mono.error(() -> ApiException.notFound("Review item")))));
    }

    private static ApiException alreadyDecided(ReviewStatus status) {
        return ApiException.conflict("This review item was already decided (" + status.name().toLowerCase(Locale.ROOT) + ")");
    }

    static void rejectBlacklisted(String subject, String message, List<String> terms) {
        List<String> inMessage = Blacklist.blockedTopics(message, terms);
        if (!inMessage.isEmpty()) {
            throw ApiException.validation("message", "hits blacklisted topics: " + String.join(", ", inMessage));
        }
        List<String> inSubject = Blacklist.blockedTopics(subject, terms);
        if (!inSubject.isEmpty()) {
            throw ApiException.validation("subject", "hits blacklisted topics: " + String.join(", ", inSubject));
        }
    }

    /** The decided text enters the outbox, due now. */
    private Mono<Void> enqueue(UUID user, ReviewItem item, String subject, String text) {
        return outbox.enqueueApproved(user, item.id(), item.prospect().id(), item.channel(), subject, text, UNDO_WINDOW);
    }

    private Mono<Void> record(UUID user, ReviewItem item, String type, String verb) {
        String what = item.messageType().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return activity.record(user, type, item.prospect().id(),
                "Message (" + what + ", " + item.channel().name().toLowerCase(Locale.ROOT) + ") to "
                        + item.prospect().fullName() + " " + verb);
    }
}
