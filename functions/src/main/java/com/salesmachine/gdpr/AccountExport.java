package com.salesmachine.gdpr;

import com.salesmachine.contract.account.DataExport;
import com.salesmachine.contract.account.ExportedAuditEntry;
import com.salesmachine.contract.account.ExportedDelivery;
import com.salesmachine.contract.account.ExportedOutboundMessage;
import com.salesmachine.contract.account.ExportedWarmupDay;
import com.salesmachine.contract.account.SessionItem;
import com.salesmachine.contract.account.Settings;
import com.salesmachine.contract.account.User;
import com.salesmachine.contract.campaigns.Campaign;
import com.salesmachine.contract.dashboard.ActivityEvent;
import com.salesmachine.contract.meetings.Meeting;
import com.salesmachine.contract.prospects.Message;
import com.salesmachine.contract.prospects.Prospect;
import com.salesmachine.contract.review.ReviewItem;
import com.salesmachine.contract.review.ReviewStatus;
import com.salesmachine.contract.templates.Template;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.json.JsonCodec;
import com.salesmachine.session.SessionStore;
import com.salesmachine.templates.TemplateText;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.node.ObjectNode;

/**
 * exportMyData: every row the user owns as one {@link DataExport} (GDPR art. 15 and 20).
 *
 * <p>One statement per table, each reading all of the user's rows; the prospects are assembled in memory
 * (their messages, meetings and pending review items grouped by prospect id), so the number of statements
 * is fixed (13) whatever the size of the account. Every statement runs in one read-only REPEATABLE READ
 * transaction: the document is a consistent snapshot. The database builds each row's JSON in the contract's
 * shape ({@code jsonb_build_object}), read back through the strict {@link JsonCodec} mapper, which rejects
 * an unknown or mistyped key.
 *
 * <p>The document is built in memory (the function pipeline answers one JSON value; it cannot stream), so an
 * account above {@link #MAX_ROWS} rows is refused with 409 before anything is read; see docs/integration.md.
 */
@Component
class AccountExport {

    /** Rows (all exported tables together) one document may hold: about 50-100 MB of JSON at the most. */
    static final long MAX_ROWS = 50_000;

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    /** The {@code ProspectSummary} fields of prospect {@code p}, as jsonb_build_object arguments. */
    private static final String SUMMARY = """
            'id', p.id, 'campaignId', p.campaign_id, 'fullName', p.full_name, 'jobTitle', p.job_title,
            'companyName', p.company_name, 'status', p.status, 'isVip', p.is_vip, 'linkedinUrl', p.linkedin_url,
            'email', p.email, 'lastActivityAt', p.last_activity_at, 'createdAt', p.created_at""";

    private static final String COUNT = """
            SELECT (SELECT count(*) FROM campaigns WHERE user_id = :user)
                 + (SELECT count(*) FROM prospects WHERE user_id = :user)
                 + (SELECT count(*) FROM enrichments WHERE user_id = :user)
                 + (SELECT count(*) FROM messages WHERE user_id = :user)
                 + (SELECT count(*) FROM meetings WHERE user_id = :user)
                 + (SELECT count(*) FROM review_items WHERE user_id = :user)
                 + (SELECT count(*) FROM outbound_messages WHERE user_id = :user)
                 + (SELECT count(*) FROM warmups WHERE user_id = :user)
                 + (SELECT count(*) FROM warmup_days WHERE user_id = :user)
                 + (SELECT count(*) FROM templates WHERE user_id = :user)
                 + (SELECT count(*) FROM activity_events WHERE user_id = :user)
                 + (SELECT count(*) FROM audit_entries WHERE user_id = :user)
                 + (SELECT count(*) FROM integration_deliveries WHERE user_id = :user) AS total""";

    private static final String USER = """
            SELECT jsonb_build_object('id', u.id, 'email', u.email::text, 'fullName', u.full_name,
                       'companyName', u.company_name, 'timezone', u.timezone, 'createdAt', u.created_at,
                       'onboardingCompleted', u.onboarding_completed) AS profile,
                   jsonb_build_object('blacklistedTerms', '[]'::jsonb) || u.settings
                       || jsonb_build_object('timezone', u.timezone) AS settings,
                   u.onboarding
            FROM users u
            WHERE u.id = :user""";

    private static final String CAMPAIGNS = """
            SELECT jsonb_build_object('id', c.id, 'name', c.name, 'description', c.description, 'status', c.status,
                       'icpCriteria', c.icp_criteria, 'channels', c.channels, 'dailySendLimit', c.daily_send_limit,
                       'createdAt', c.created_at, 'updatedAt', c.updated_at,
                       'stats', jsonb_build_object('totalProspects', s.total_prospects, 'contacted', s.contacted,
                           'replied', s.replied, 'qualified', s.qualified, 'meetingsBooked', s.meetings_booked))
            FROM campaigns c
            JOIN campaign_stats s ON s.campaign_id = c.id AND s.user_id = c.user_id
            WHERE c.user_id = :user
            ORDER BY c.created_at, c.id""";

    /** A prospect without its three lists (filled in memory); enrichment and warm-up are one-to-one. */
    private static final String PROSPECTS = "SELECT jsonb_build_object(" + SUMMARY + """
            , 'location', p.location, 'vipReason', p.vip_reason, 'source', p.source,
                       'enrichment', CASE WHEN e.prospect_id IS NOT NULL THEN jsonb_build_object(
                           'talkingPoints', e.talking_points, 'painPoints', e.pain_points,
                           'recentActivity', e.recent_activity, 'techStack', e.tech_stack,
                           'companyData', e.company_data, 'confidenceScore', e.confidence_score,
                           'personalizationScore', e.personalization_score, 'model', e.model,
                           'enrichedAt', e.enriched_at) END,
                       'warmup', CASE WHEN w.prospect_id IS NOT NULL THEN jsonb_build_object(
                           'startedAt', w.started_at, 'plannedDays', w.planned_days, 'likes', w.likes,
                           'comments', w.comments, 'connectionStatus', nullif(w.connection_status, 'none')) END)
            FROM prospects p
            LEFT JOIN enrichments e ON e.prospect_id = p.id AND e.user_id = p.user_id
            LEFT JOIN warmups w ON w.prospect_id = p.id AND w.user_id = p.user_id
            WHERE p.user_id = :user
            ORDER BY p.created_at, p.id""";

    private static final String MESSAGES = """
            SELECT m.prospect_id,
                   jsonb_build_object('id', m.id, 'direction', m.direction, 'channel', m.channel,
                       'subject', m.subject, 'text', m.text, 'aiGenerated', m.ai_generated,
                       'confidenceScore', m.confidence_score, 'sentiment', m.sentiment, 'at', m.at)
            FROM messages m
            WHERE m.user_id = :user
            ORDER BY m.at, m.id""";

    private static final String MEETINGS = """
            SELECT jsonb_build_object('id', m.id, 'prospectId', m.prospect_id, 'prospectName', p.full_name,
                       'companyName', p.company_name, 'campaignId', m.campaign_id, 'title', m.title,
                       'scheduledAt', m.scheduled_at, 'durationMinutes', m.duration_minutes,
                       'meetingLink', m.meeting_link, 'status', m.status, 'notes', m.notes,
                       'cancellationReason', m.cancellation_reason)
            FROM meetings m
            JOIN prospects p ON p.id = m.prospect_id AND p.user_id = m.user_id
            WHERE m.user_id = :user
            ORDER BY m.scheduled_at, m.id""";

    private static final String REVIEW_ITEMS = """
            SELECT jsonb_build_object('id', r.id, 'prospect', jsonb_build_object(""" + SUMMARY + """
            ),
                       'messageType', r.message_type, 'channel', r.channel, 'proposedSubject', r.proposed_subject,
                       'proposedMessage', r.proposed_message, 'confidenceScore', r.confidence_score,
                       'reasoning', r.reasoning, 'blockedTopics', r.blocked_topics, 'status', r.status,
                       'editedSubject', r.edited_subject, 'editedMessage', r.edited_message,
                       'rejectionReason', r.rejection_reason, 'priority', r.priority, 'createdAt', r.created_at,
                       'reviewedAt', r.reviewed_at)
            FROM review_items r
            JOIN prospects p ON p.id = r.prospect_id AND p.user_id = r.user_id
            WHERE r.user_id = :user
            ORDER BY r.created_at, r.id""";

    /** The user's own templates; {@code variables} is added in memory by {@link TemplateText}. */
    private static final String TEMPLATES = """
            SELECT jsonb_build_object('id', t.id, 'name', t.name, 'channel', t.channel, 'useCase', t.use_case,
                       'subject', t.subject, 'body', t.body, 'system', t.is_system)
            FROM templates t
            WHERE t.user_id = :user
            ORDER BY t.created_at, t.id""";

    private static final String ACTIVITY = """
            SELECT jsonb_build_object('id', a.id, 'type', a.type, 'prospectId', a.prospect_id,
                       'summary', a.summary, 'at', a.at)
            FROM activity_events a
            WHERE a.user_id = :user
            ORDER BY a.at, a.id""";

    private static final String OUTBOX = """
            SELECT jsonb_build_object('id', o.id, 'prospectId', o.prospect_id, 'reviewItemId', o.review_item_id,
                       'channel', o.channel, 'subject', o.subject, 'text', o.text, 'status', o.status,
                       'dueAt', o.due_at, 'claimedAt', o.claimed_at, 'attempts', o.attempts, 'sentAt', o.sent_at,
                       'externalId', o.external_id, 'error', o.error, 'createdAt', o.created_at)
            FROM outbound_messages o
            WHERE o.user_id = :user
            ORDER BY o.created_at, o.id""";

    private static final String WARMUP_DAYS = """
            SELECT jsonb_build_object('prospectId', d.prospect_id, 'day', d.day::text, 'likes', d.likes,
                       'comments', d.comments)
            FROM warmup_days d
            WHERE d.user_id = :user
            ORDER BY d.prospect_id, d.day""";

    private static final String AUDIT = """
            SELECT jsonb_build_object('id', a.id, 'actor', a.actor, 'action', a.action,
                       'entityType', a.entity_type, 'entityId', a.entity_id, 'at', a.at, 'details', a.details)
            FROM audit_entries a
            WHERE a.user_id = :user
            ORDER BY a.at, a.id""";

    private static final String DELIVERIES = """
            SELECT jsonb_build_object('deliveryId', d.delivery_id, 'functionName', d.function_name,
                       'responseStatus', d.response_status, 'receivedAt', d.created_at,
                       'completedAt', d.completed_at)
            FROM integration_deliveries d
            WHERE d.user_id = :user
            ORDER BY d.created_at, d.delivery_id""";

    private static final Comparator<ReviewItem> QUEUE_ORDER = Comparator
            .comparingInt(ReviewItem::priority).reversed()
            .thenComparing(ReviewItem::createdAt)
            .thenComparing(ReviewItem::id);

    private final DatabaseClient db;
    private final JsonCodec json;
    private final SessionStore sessions;
    private final TransactionalOperator snapshot;
    private final Clock clock;

    AccountExport(DatabaseClient db, JsonCodec json, SessionStore sessions, ReactiveTransactionManager transactions,
                  Clock clock) {
        this.db = db;
        this.json = json;
        this.sessions = sessions;
        this.clock = clock;
        DefaultTransactionDefinition readOnlySnapshot = new DefaultTransactionDefinition();
        readOnlySnapshot.setReadOnly(true);
        readOnlySnapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot = TransactionalOperator.create(transactions, readOnlySnapshot);
    }

    private record Profile(User user, Settings settings, Map<String, Object> onboarding) {
    }

    /** Sessions live in Redis, outside the snapshot; everything else is read in one transaction. */
    Mono<DataExport> export(UUID userId, String currentSession) {
        return sessions.list(userId, currentSession)
                .flatMap(live -> snapshot.transactional(document(userId, live)));
    }

    private Mono<DataExport> document(UUID userId, List<SessionItem> live) {
        return withinCap(userId).then(Mono.defer(() -> Mono.zip(
                profile(userId),
                rows(CAMPAIGNS, userId, Campaign.class).collectList(),
                prospects(userId),
                templates(userId),
                rows(ACTIVITY, userId, ActivityEvent.class).collectList(),
                rows(OUTBOX, userId, ExportedOutboundMessage.class).collectList(),
                rows(WARMUP_DAYS, userId, ExportedWarmupDay.class).collectList(),
                Mono.zip(rows(AUDIT, userId, ExportedAuditEntry.class).collectList(),
                        rows(DELIVERIES, userId, ExportedDelivery.class).collectList()))
                .map(t -> new DataExport(clock.instant(), t.getT1().user(), t.getT1().settings(), t.getT2(),
                        t.getT3().prospects(), t.getT3().reviewItems(), t.getT4(), t.getT5(),
                        t.getT1().onboarding(), t.getT6(), t.getT7(), t.getT8().getT1(), t.getT8().getT2(),
                        live))));
    }

    private Mono<Void> withinCap(UUID userId) {
        return db.sql(COUNT).bind("user", userId)
                .map(row -> row.get("total", Long.class))
                .one()
                .flatMap(total -> total <= MAX_ROWS ? Mono.<Void>empty() : Mono.error(ApiException.conflict(
                        "The account holds " + total + " rows, more than the " + MAX_ROWS
                                + " one export document may hold; ask support for an export")));
    }

    private Mono<Profile> profile(UUID userId) {
        return db.sql(USER).bind("user", userId)
                .map(row -> new Profile(
                        read(row.get("profile", Json.class), User.class),
                        read(row.get("settings", Json.class), Settings.class),
                        json.mapper().readValue(row.get("onboarding", Json.class).asString(), JSON_OBJECT)))
                .one()
                // the session outlived its user (account deleted elsewhere): no longer a valid session
                .switchIfEmpty(Mono.error(ApiException.unauthorized()));
    }

    private record ProspectsAndReviews(List<Prospect> prospects, List<ReviewItem> reviewItems) {
    }

    private record Keyed<T>(UUID prospectId, T value) {
    }

    /** Four statements (prospects, messages, meetings, review items), grouped by prospect in memory. */
    private Mono<ProspectsAndReviews> prospects(UUID userId) {
        Mono<Map<UUID, List<Message>>> messages = db.sql(MESSAGES).bind("user", userId)
                .map(row -> new Keyed<>(row.get("prospect_id", UUID.class), read(row.get(1, Json.class), Message.class)))
                .all()
                .collect(Collectors.groupingBy(Keyed::prospectId,
                        Collectors.mapping(Keyed::value, Collectors.toList())));
        Mono<Map<UUID, List<Meeting>>> meetings = rows(MEETINGS, userId, Meeting.class)
                .collect(Collectors.groupingBy(Meeting::prospectId));
        Mono<List<ReviewItem>> reviews = rows(REVIEW_ITEMS, userId, ReviewItem.class).collectList();
        Mono<List<ObjectNode>> heads = db.sql(PROSPECTS).bind("user", userId)
                .map(row -> (ObjectNode) json.mapper().readTree(row.get(0, Json.class).asString()))
                .all()
                .collectList();
        return Mono.zip(heads, messages, meetings, reviews).map(t -> {
            Map<UUID, List<ReviewItem>> pending = t.getT4().stream()
                    .filter(item -> item.status() == ReviewStatus.PENDING)
                    .sorted(QUEUE_ORDER)
                    .collect(Collectors.groupingBy(item -> item.prospect().id()));
            List<Prospect> prospects = t.getT1().stream().map(head -> {
                UUID id = UUID.fromString(head.get("id").asString());
                head.set("messages", json.mapper().valueToTree(t.getT2().getOrDefault(id, List.of())));
                head.set("meetings", json.mapper().valueToTree(t.getT3().getOrDefault(id, List.of())));
                head.set("pendingReviews", json.mapper().valueToTree(pending.getOrDefault(id, List.of())));
                return json.mapper().treeToValue(head, Prospect.class);
            }).toList();
            return new ProspectsAndReviews(prospects, t.getT4());
        });
    }

    private Mono<List<Template>> templates(UUID userId) {
        return db.sql(TEMPLATES).bind("user", userId)
                .map(row -> {
                    ObjectNode node = (ObjectNode) json.mapper().readTree(row.get(0, Json.class).asString());
                    String subject = node.path("subject").isNull() ? null : node.path("subject").asString();
                    List<String> variables = TemplateText.variables(subject, node.path("body").asString());
                    node.set("variables", json.mapper().valueToTree(variables));
                    return json.mapper().treeToValue(node, Template.class);
                })
                .all()
                .collectList();
    }

    private <T> Flux<T> rows(String sql, UUID userId, Class<T> type) {
        return db.sql(sql).bind("user", userId)
                .map(row -> read(row.get(0, Json.class), type))
                .all();
    }

    private <T> T read(Json value, Class<T> type) {
        return json.mapper().readValue(value.asString(), type);
    }
}
