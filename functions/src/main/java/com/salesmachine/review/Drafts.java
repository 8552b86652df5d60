package com.salesmachine.review;

import com.salesmachine.account.UserRules;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.contract.integration.DraftMessage;
import com.salesmachine.contract.integration.DraftRoute;
import com.salesmachine.outreach.Outbox;
import com.salesmachine.platform.db.DbValues;
import com.salesmachine.prospects.ProspectRef;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * AI drafts arriving from the workflow engine (ingestEnrichment): rule 2 ({@link DraftRouting}) sends each to
 * the review queue or straight to the outbox. Call inside the caller's transaction. Natural key (issue 14 item 1):
 * a draft is stored once per prospect + message type + content hash ({@link #draftKey}), whatever the delivery id;
 * a second report of the same draft stores nothing and records no event.
 */
@Component
public class Drafts {

    private final DatabaseClient db;
    private final Outbox outbox;
    private final ActivityLog activity;

    public Drafts(DatabaseClient db, Outbox outbox, ActivityLog activity) {
        this.db = db;
        this.outbox = outbox;
        this.activity = activity;
    }

    public Mono<DraftRoute> submit(UUID user, ProspectRef prospect, DraftMessage draft, UserRules rules) {
        DraftRouting routing = DraftRouting.decide(draft, prospect.vip(), rules);
        Mono<Void> store = routing.route() == DraftRoute.REVIEW
                ? toReview(user, prospect, draft, routing)
                : toOutbox(user, prospect, draft);
        return store.thenReturn(routing.route());
    }

    private Mono<Void> toReview(UUID user, ProspectRef prospect, DraftMessage draft, DraftRouting routing) {
        return db.sql("""
                        INSERT INTO review_items (user_id, prospect_id, message_type, channel, proposed_subject,
                                                  proposed_message, confidence_score, reasoning, blocked_topics, priority,
                                                  draft_key)
                        VALUES (:user, :prospect, :type, :channel, :subject, :message, :confidence, :reasoning,
                                :blocked, :priority, :draftKey)
                        ON CONFLICT (prospect_id, draft_key) WHERE draft_key IS NOT NULL DO NOTHING""")
                .bind("user", user)
                .bind("prospect", prospect.id())
                .bind("type", DbValues.text(draft.messageType()))
                .bind("channel", DbValues.text(draft.channel()))
                .bind("subject", Parameter.fromOrEmpty(draft.subject(), String.class))
                .bind("message", draft.message())
                .bind("confidence", draft.confidenceScore())
                .bind("reasoning", Parameter.fromOrEmpty(draft.reasoning(), String.class))
                .bind("blocked", routing.blockedTopics().toArray(String[]::new))
                .bind("priority", routing.priority())
                .bind("draftKey", draftKey(draft))
                .fetch().rowsUpdated()
                .flatMap(inserted -> inserted == 0 ? Mono.<Void>empty()
                        : activity.record(user, "draft_awaiting_review", prospect.id(),
                                "Draft for " + prospect.fullName() + " awaits review"));
    }

    private Mono<Void> toOutbox(UUID user, ProspectRef prospect, DraftMessage draft) {
        return outbox.enqueueAutoApproved(user, prospect.id(), draft.channel(), draft.subject(), draft.message(),
                        draftKey(draft))
                .flatMap(inserted -> !inserted ? Mono.<Void>empty()
                        : activity.record(user, "message_auto_approved", prospect.id(),
                                "Draft for " + prospect.fullName() + " approved automatically"));
    }

    /** The draft's natural key (with its prospect): message type + SHA-256 of channel, subject and text. */
    static String draftKey(DraftMessage draft) {
        String content = DbValues.text(draft.channel()) + "\u0000" + (draft.subject() == null ? "" : draft.subject())
                + "\u0000" + draft.message();
        try {
            return DbValues.text(draft.messageType()) + ":" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
