package com.salesmachine.review;

import com.salesmachine.contract.review.ReviewItem;
import com.salesmachine.contract.review.ReviewStatus;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.outreach.Outbox;
import com.salesmachine.platform.ApiException;

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
        return outbox.enqueueApproved(user, item.id(), item.prospect().id(), item.channel(), subject, text);
    }

    private Mono<Void> record(UUID user, ReviewItem item, String type, String verb) {
        String what = item.messageType().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return activity.record(user, type, item.prospect().id(),
                "Message (" + what + ", " + item.channel().name().toLowerCase(Locale.ROOT) + ") to "
                        + item.prospect().fullName() + " " + verb);
    }
}
