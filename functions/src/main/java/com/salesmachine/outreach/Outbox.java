package com.salesmachine.outreach;

import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.integration.ClaimOutboundResult;
import com.salesmachine.contract.integration.DeliveryStatus;
import com.salesmachine.contract.integration.OutboundItem;
import com.salesmachine.contract.integration.ReportDeliveryInput;
import com.salesmachine.account.UserRules;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.prospects.ProspectLookup;
import com.salesmachine.prospects.Prospects;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.db.DbValues;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The outbox the workflow engine drains. A claim runs in two statements inside one transaction:
 * <ol>
 * <li>lock the users that have due messages and (by a first estimate) quota left, {@code FOR NO KEY UPDATE SKIP
 * LOCKED}: a concurrent claimer skips them, so one user's daily count is only ever computed by one claimer;</li>
 * <li>with a fresh snapshot (taken after the locks, so every committed claim is counted), rank each user's due
 * messages, keep what the day's quota allows, lock those rows {@code FOR UPDATE SKIP LOCKED} and lease them.</li>
 * </ol>
 * "Today" is the user's calendar day in users.timezone; only e-mails count against the limit (rule 3,
 * min(setting, 100)). A lease that ran out makes the message claimable again (and counted on the new day).
 * The claim reads and locks users rows (timezone, daily limit) in those two statements: the one declared read
 * of another package's table outside dashboard (TableOwners in the tests says why).
 *
 * <p>Messages enter the outbox through {@link #enqueueApproved} (a human decided) or {@link #enqueueAutoApproved}
 * (rule 2 let the draft through).
 */
@Component
public class Outbox {

    static final Duration LEASE = Duration.ofMinutes(5);

    private static final String CLAIMABLE = """
            (o.status = 'queued' OR (o.status = 'sending' AND o.lease_expires_at < :now)) AND o.due_at <= :now""";
    private static final String EMAILS_TODAY = """
            (SELECT count(*) FROM outbound_messages c
             WHERE c.user_id = u.id AND c.channel = 'email'
               AND c.claimed_at >= sm_local_day_start((:now AT TIME ZONE u.timezone)::date, u.timezone))""";
    private static final String DAILY_LIMIT = "least((u.settings ->> 'dailyEmailLimit')::int, " + UserRules.HARD_EMAIL_CAP + ")";

    private final DatabaseClient db;
    private final ActivityLog activity;
    private final Prospects prospects;
    private final ProspectLookup lookup;
    private final ReviewedConfidence confidence;
    private final Clock clock;

    public Outbox(DatabaseClient db, ActivityLog activity, Prospects prospects, ProspectLookup lookup,
                  ReviewedConfidence confidence, Clock clock) {
        this.db = db;
        this.activity = activity;
        this.prospects = prospects;
        this.lookup = lookup;
        this.confidence = confidence;
        this.clock = clock;
    }

    /** The confidence score of the review item a message came from (review implements it; it sits above outreach). */
    public interface ReviewedConfidence {
        Mono<Optional<Integer>> of(UUID reviewItemId);
    }

    /**
     * A decided review item's text enters the outbox, due at the end of the undo window (issue 16): the claim only
     * takes rows with {@code due_at <= now}, so no sender sees the message while the seller may still undo the
     * decision. UNIQUE(review_item_id) makes a second row impossible.
     */
    public Mono<Void> enqueueApproved(UUID userId, UUID reviewItemId, UUID prospectId, Channel channel, String subject,
                                      String text, java.time.Duration undoWindow) {
        return db.sql("""
                        INSERT INTO outbound_messages (user_id, review_item_id, prospect_id, channel, subject, text, status, due_at)
                        VALUES (:user, :item, :prospect, :channel, :subject, :text, 'queued',
                                now() + make_interval(secs => :window))""")
                .bind("window", (double) undoWindow.toSeconds())
                .bind("user", userId)
                .bind("item", reviewItemId)
                .bind("prospect", prospectId)
                .bind("channel", DbValues.text(channel))
                .bind("subject", Parameter.fromOrEmpty(subject, String.class))
                .bind("text", text)
                .then();
    }

    /**
     * Undo, outbox side (issue 16): deletes the review item's outbox row if no claim ever took it; true when a row
     * was deleted. Races with a claim are settled by the row lock: a claim that locked the row first makes this
     * DELETE wait, then find the row {@code sending} and delete nothing; a DELETE that locked it first makes the
     * claim skip it ({@code FOR UPDATE SKIP LOCKED}) and, once committed, the row is gone. Never both.
     */
    public Mono<Boolean> withdrawUnclaimed(UUID userId, UUID reviewItemId) {
        return db.sql("""
                        DELETE FROM outbound_messages
                        WHERE review_item_id = :item AND user_id = :user AND status = 'queued' AND claimed_at IS NULL
                        RETURNING id""")
                .bind("item", reviewItemId)
                .bind("user", userId)
                .map(row -> row.get("id", UUID.class))
                .all()
                .hasElements();
    }

    /** A draft rule 2 let through goes straight to the outbox (the table's defaults: queued, due now). */
    public Mono<Boolean> enqueueAutoApproved(UUID userId, UUID prospectId, Channel channel, String subject, String text,
                                             String draftKey) {
        // draftKey: the draft's natural key (review.Drafts); the same draft is stored once, whatever the delivery id
        return db.sql("""
                        INSERT INTO outbound_messages (user_id, prospect_id, channel, subject, text, draft_key)
                        VALUES (:user, :prospect, :channel, :subject, :text, :draftKey)
                        ON CONFLICT (prospect_id, draft_key) WHERE draft_key IS NOT NULL DO NOTHING""")
                .bind("user", userId)
                .bind("prospect", prospectId)
                .bind("channel", DbValues.text(channel))
                .bind("subject", Parameter.fromOrEmpty(subject, String.class))
                .bind("text", text)
                .bind("draftKey", draftKey)
                .fetch().rowsUpdated()
                .map(inserted -> inserted > 0);
    }

    /** Call inside a transaction (the locks must live until the leases are written). */
    public Mono<ClaimOutboundResult> claim(int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return lockUsersWithWork(now, limit)
                .flatMap(users -> users.length == 0 ? Mono.just(List.<OutboundItem>of()) : lease(now, users, limit))
                .map(items -> new ClaimOutboundResult(items.stream()
                        .sorted(Comparator.comparing(OutboundItem::messageId)).toList()));
    }

    private Mono<String[]> lockUsersWithWork(OffsetDateTime now, int limit) {
        return db.sql("SELECT u.id FROM users u"
                        + " JOIN (SELECT o.user_id, min(o.due_at) AS first_due, bool_or(o.channel <> 'email') AS other_channels"
                        + "       FROM outbound_messages o WHERE " + CLAIMABLE + " GROUP BY o.user_id) d ON d.user_id = u.id"
                        + " WHERE d.other_channels OR " + EMAILS_TODAY + " < " + DAILY_LIMIT
                        + " ORDER BY d.first_due, u.id LIMIT :limit"
                        + " FOR NO KEY UPDATE OF u SKIP LOCKED")
                .bind("now", now)
                .bind("limit", limit)
                .map(row -> row.get("id", UUID.class).toString())
                .all()
                .collectList()
                .map(ids -> ids.toArray(String[]::new));
    }

    private Mono<List<OutboundItem>> lease(OffsetDateTime now, String[] users, int limit) {
        return db.sql("WITH quota AS ("
                        + "   SELECT u.id AS user_id, " + DAILY_LIMIT + " - " + EMAILS_TODAY + " AS remaining"
                        + "   FROM users u WHERE u.id = ANY(:users::uuid[])"
                        + " ), ranked AS ("
                        + "   SELECT o.id, o.user_id, o.channel, o.due_at,"
                        + "          row_number() OVER (PARTITION BY o.user_id, o.channel ORDER BY o.due_at, o.id) AS n"
                        + "   FROM outbound_messages o WHERE o.user_id = ANY(:users::uuid[]) AND " + CLAIMABLE
                        + " ), picked AS ("
                        + "   SELECT r.id FROM ranked r JOIN quota q ON q.user_id = r.user_id"
                        + "   WHERE r.channel <> 'email' OR r.n <= q.remaining"
                        + "   ORDER BY r.due_at, r.id LIMIT :limit"
                        + " ), locked AS ("
                        + "   SELECT o.id FROM outbound_messages o WHERE o.id IN (SELECT id FROM picked) AND " + CLAIMABLE
                        + "   FOR UPDATE SKIP LOCKED"
                        + " )"
                        + " UPDATE outbound_messages m SET status = 'sending', claimed_at = :now, lease_expires_at = :lease,"
                        + "     attempts = m.attempts + 1"
                        + " FROM locked"
                        + " WHERE m.id = locked.id"
                        + " RETURNING m.id, m.user_id, m.prospect_id, m.channel, m.subject, m.text")
                .bind("now", now)
                .bind("lease", now.plus(LEASE))
                .bind("users", users)
                .bind("limit", limit)
                .map(row -> new Leased(row.get("id", UUID.class), row.get("user_id", UUID.class),
                        row.get("prospect_id", UUID.class),
                        DbValues.enumOf(Channel.class, row.get("channel", String.class)),
                        row.get("subject", String.class), row.get("text", String.class)))
                .all()
                .collectList()
                .flatMap(leased -> prospects.summariesOfAnyUser(leased.stream().map(Leased::prospectId).toList())
                        .map(summaries -> leased.stream()
                                .map(m -> new OutboundItem(m.id(), m.userId(), summaries.get(m.prospectId()),
                                        m.channel(), m.subject(), m.text()))
                                .toList()));
    }

    private record Leased(UUID id, UUID userId, UUID prospectId, Channel channel, String subject, String text) {
    }

    /** Call inside a transaction. */
    public Mono<Void> report(ReportDeliveryInput input) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return db.sql("""
                        SELECT o.id, o.user_id, o.prospect_id, o.review_item_id, o.status, o.channel
                        FROM outbound_messages o
                        WHERE o.id = :id
                        FOR NO KEY UPDATE OF o""")
                .bind("id", input.messageId())
                .map(row -> new Locked(row.get("user_id", UUID.class), row.get("prospect_id", UUID.class),
                        row.get("review_item_id", UUID.class), row.get("status", String.class),
                        row.get("channel", String.class)))
                .one()
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Outbound message")))
                .flatMap(locked -> Mono.zip(
                                locked.reviewItemId() == null ? Mono.just(Optional.<Integer>empty())
                                        : confidence.of(locked.reviewItemId()),
                                lookup.find(locked.userId(), locked.prospectId(), null, null))
                        .map(t -> new Reported(locked.userId(), locked.prospectId(), locked.status(), locked.channel(),
                                t.getT1().orElse(null), t.getT2().fullName())))
                .flatMap(message -> {
                    if (!"sending".equals(message.status())) {
                        return Mono.error(ApiException.conflict("Message is " + message.status() + ", not leased for sending"));
                    }
                    return input.status() == DeliveryStatus.SENT
                            ? sent(input, message, now)
                            : failed(input, message, now);
                });
    }

    private record Locked(UUID userId, UUID prospectId, UUID reviewItemId, String status, String channel) {
    }

    private record Reported(UUID userId, UUID prospectId, String status, String channel, Integer confidence,
                            String prospectName) {
    }

    private Mono<Void> sent(ReportDeliveryInput input, Reported message, OffsetDateTime now) {
        return db.sql("""
                        UPDATE outbound_messages SET status = 'sent', sent_at = :now, external_id = :external, error = NULL
                        WHERE id = :id""")
                .bind("id", input.messageId())
                .bind("now", now)
                .bind("external", Parameter.fromOrEmpty(input.externalId(), String.class))
                .then()
                .then(db.sql("""
                                INSERT INTO messages (user_id, prospect_id, outbound_message_id, direction, channel, subject,
                                                      text, ai_generated, confidence_score, external_id, at)
                                SELECT o.user_id, o.prospect_id, o.id, 'outbound', o.channel, o.subject, o.text, true,
                                       :confidence, o.external_id, :now
                                FROM outbound_messages o WHERE o.id = :id
                                ON CONFLICT DO NOTHING""")
                        .bind("id", input.messageId())
                        .bind("now", now)
                        .bind("confidence", Parameter.fromOrEmpty(message.confidence(), Integer.class))
                        .then())
                .then(prospects.markContacted(message.userId(), message.prospectId(), now))
                .then(activity.record(message.userId(), "message_sent", message.prospectId(),
                        "Message sent to " + message.prospectName() + " (" + message.channel() + ")"));
    }

    private Mono<Void> failed(ReportDeliveryInput input, Reported message, OffsetDateTime now) {
        return db.sql("UPDATE outbound_messages SET status = 'failed', error = :error WHERE id = :id")
                .bind("id", input.messageId())
                .bind("error", Parameter.fromOrEmpty(input.error() == null ? "unspecified" : input.error(), String.class))
                .then()
                .then(activity.record(message.userId(), "message_failed", message.prospectId(),
                        "Message to " + message.prospectName() + " could not be sent (" + message.channel() + ")"));
    }
}
