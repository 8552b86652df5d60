package com.salesmachine.integration;

import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.integration.ClaimOutboundResult;
import com.salesmachine.contract.integration.DeliveryStatus;
import com.salesmachine.contract.integration.OutboundItem;
import com.salesmachine.contract.integration.ReportDeliveryInput;
import com.salesmachine.contract.prospects.ProspectStatus;
import com.salesmachine.dashboard.ActivityLog;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.db.DbValues;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
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
 */
@Component
class Outbox {

    static final Duration LEASE = Duration.ofMinutes(5);

    private static final String CLAIMABLE = """
            (o.status = 'queued' OR (o.status = 'sending' AND o.lease_expires_at < :now)) AND o.due_at <= :now""";
    private static final String EMAILS_TODAY = """
            (SELECT count(*) FROM outbound_messages c
             WHERE c.user_id = u.id AND c.channel = 'email'
               AND c.claimed_at >= (date_trunc('day', :now AT TIME ZONE u.timezone) AT TIME ZONE u.timezone))""";
    private static final String DAILY_LIMIT = "least((u.settings ->> 'dailyEmailLimit')::int, " + UserRules.HARD_EMAIL_CAP + ")";

    private final DatabaseClient db;
    private final ActivityLog activity;
    private final Clock clock;

    Outbox(DatabaseClient db, ActivityLog activity, Clock clock) {
        this.db = db;
        this.activity = activity;
        this.clock = clock;
    }

    /** Call inside a transaction (the locks must live until the leases are written). */
    Mono<ClaimOutboundResult> claim(int limit) {
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
                        + " FROM locked, prospects p"
                        + " WHERE m.id = locked.id AND p.id = m.prospect_id AND p.user_id = m.user_id"
                        + " RETURNING m.id, m.user_id, m.channel, m.subject, m.text, p.id AS prospect_id, p.campaign_id,"
                        + "     p.full_name, p.job_title, p.company_name, p.status AS prospect_status, p.is_vip,"
                        + "     p.linkedin_url, p.email, p.last_activity_at, p.created_at")
                .bind("now", now)
                .bind("lease", now.plus(LEASE))
                .bind("users", users)
                .bind("limit", limit)
                .map(row -> new OutboundItem(
                        row.get("id", UUID.class),
                        row.get("user_id", UUID.class),
                        new com.salesmachine.contract.prospects.ProspectSummary(
                                row.get("prospect_id", UUID.class),
                                row.get("campaign_id", UUID.class),
                                row.get("full_name", String.class),
                                row.get("job_title", String.class),
                                row.get("company_name", String.class),
                                DbValues.enumOf(ProspectStatus.class, row.get("prospect_status", String.class)),
                                Boolean.TRUE.equals(row.get("is_vip", Boolean.class)),
                                row.get("linkedin_url", String.class),
                                row.get("email", String.class),
                                row.get("last_activity_at", Instant.class),
                                row.get("created_at", Instant.class)),
                        DbValues.enumOf(Channel.class, row.get("channel", String.class)),
                        row.get("subject", String.class),
                        row.get("text", String.class)))
                .all()
                .collectList();
    }

    /** Call inside a transaction. */
    Mono<Void> report(ReportDeliveryInput input) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return db.sql("""
                        SELECT o.id, o.user_id, o.prospect_id, o.status, o.channel, r.confidence_score, p.full_name
                        FROM outbound_messages o
                        JOIN prospects p ON p.id = o.prospect_id AND p.user_id = o.user_id
                        LEFT JOIN review_items r ON r.id = o.review_item_id
                        WHERE o.id = :id
                        FOR NO KEY UPDATE OF o""")
                .bind("id", input.messageId())
                .map(row -> new Reported(row.get("user_id", UUID.class), row.get("prospect_id", UUID.class),
                        row.get("status", String.class), row.get("channel", String.class),
                        row.get("confidence_score", Integer.class), row.get("full_name", String.class)))
                .one()
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Outbound message")))
                .flatMap(message -> {
                    if (!"sending".equals(message.status())) {
                        return Mono.error(ApiException.conflict("Message is " + message.status() + ", not leased for sending"));
                    }
                    return input.status() == DeliveryStatus.SENT
                            ? sent(input, message, now)
                            : failed(input, message, now);
                });
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
                .bind("external", Nullable.of(input.externalId(), String.class))
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
                        .bind("confidence", Nullable.of(message.confidence(), Integer.class))
                        .then())
                .then(db.sql("""
                                UPDATE prospects SET
                                    status = CASE WHEN status = 'new' THEN 'contacted' ELSE status END,
                                    last_contacted_at = :now, last_activity_at = :now
                                WHERE id = :prospect AND user_id = :user""")
                        .bind("prospect", message.prospectId())
                        .bind("user", message.userId())
                        .bind("now", now)
                        .then())
                .then(activity.record(message.userId(), "message_sent", message.prospectId(),
                        "Message sent to " + message.prospectName() + " (" + message.channel() + ")"));
    }

    private Mono<Void> failed(ReportDeliveryInput input, Reported message, OffsetDateTime now) {
        return db.sql("UPDATE outbound_messages SET status = 'failed', error = :error WHERE id = :id")
                .bind("id", input.messageId())
                .bind("error", Nullable.of(input.error() == null ? "unspecified" : input.error(), String.class))
                .then()
                .then(activity.record(message.userId(), "message_failed", message.prospectId(),
                        "Message to " + message.prospectName() + " could not be sent (" + message.channel() + ")"));
    }
}
