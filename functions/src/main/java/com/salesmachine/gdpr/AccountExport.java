package com.salesmachine.gdpr;

import com.salesmachine.account.Accounts;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.activity.AuditTrail;
import com.salesmachine.campaigns.Campaigns;
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
import com.salesmachine.contract.prospects.Prospect;
import com.salesmachine.contract.prospects.SavedView;
import com.salesmachine.contract.review.ReviewItem;
import com.salesmachine.contract.review.ReviewStatus;
import com.salesmachine.contract.templates.Template;
import com.salesmachine.meetings.Meetings;
import com.salesmachine.outreach.OutreachRecords;
import com.salesmachine.outreach.OutreachRecords.ProspectPart;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.json.JsonCodec;
import com.salesmachine.prospects.Prospects;
import com.salesmachine.review.ReviewRecords;
import com.salesmachine.session.SessionStore;
import com.salesmachine.templates.Templates;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * exportMyData: every row the user owns as one {@link DataExport} (GDPR art. 15 and 20).
 *
 * <p>Each owning package hands over its part ({@code exportFor}): one statement per table, each reading all of
 * the user's rows, so the number of statements is fixed whatever the size of the account. The prospects are
 * assembled here (their warm-up, messages, meetings and pending review items grouped by prospect id; a
 * meeting's prospect name and a review item's prospect summary taken from the prospect rows). Every statement
 * runs in one read-only REPEATABLE READ transaction: the document is a consistent snapshot. The owners build
 * each row's JSON in the contract's shape ({@code jsonb_build_object}), read here through the strict
 * {@link JsonCodec} mapper, which rejects an unknown or mistyped key.
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

    /** The fields of a ProspectSummary, all present in an exported prospect. */
    private static final List<String> SUMMARY_FIELDS = List.of("id", "campaignId", "fullName", "jobTitle",
            "companyName", "status", "isVip", "linkedinUrl", "email", "lastActivityAt", "createdAt");

    private static final Comparator<ReviewItem> QUEUE_ORDER = Comparator
            .comparingInt(ReviewItem::priority).reversed()
            .thenComparing(ReviewItem::createdAt)
            .thenComparing(ReviewItem::id);

    private final Accounts accounts;
    private final Campaigns campaigns;
    private final Prospects prospects;
    private final OutreachRecords outreach;
    private final Meetings meetings;
    private final ReviewRecords reviews;
    private final Templates templates;
    private final ActivityLog activity;
    private final AuditTrail audit;
    private final StoredDeliveries deliveries;
    private final JsonCodec json;
    private final SessionStore sessions;
    private final TransactionalOperator snapshot;
    private final Clock clock;

    AccountExport(Accounts accounts, Campaigns campaigns, Prospects prospects, OutreachRecords outreach,
                  Meetings meetings, ReviewRecords reviews, Templates templates, ActivityLog activity,
                  AuditTrail audit, StoredDeliveries deliveries, JsonCodec json, SessionStore sessions,
                  ReactiveTransactionManager transactions, Clock clock) {
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.prospects = prospects;
        this.outreach = outreach;
        this.meetings = meetings;
        this.reviews = reviews;
        this.templates = templates;
        this.activity = activity;
        this.audit = audit;
        this.deliveries = deliveries;
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
                rows(campaigns.exportFor(userId), Campaign.class).collectList(),
                prospects(userId),
                templates.exportFor(userId).collectList(),
                rows(activity.exportFor(userId), ActivityEvent.class).collectList(),
                rows(outreach.outboxFor(userId), ExportedOutboundMessage.class).collectList(),
                rows(outreach.warmupDaysFor(userId), ExportedWarmupDay.class).collectList(),
                Mono.zip(rows(audit.exportFor(userId), ExportedAuditEntry.class).collectList(),
                        rows(deliveries.exportFor(userId), ExportedDelivery.class).collectList(),
                        rows(prospects.savedViewsFor(userId), SavedView.class).collectList()))
                .map(t -> new DataExport(clock.instant(), t.getT1().user(), t.getT1().settings(), t.getT2(),
                        t.getT3().prospects(), t.getT3().reviewItems(), t.getT4(), t.getT8().getT3(), t.getT5(),
                        t.getT1().onboarding(), t.getT6(), t.getT7(), t.getT8().getT1(), t.getT8().getT2(),
                        live))));
    }

    /** Rows of every exported table together, each owner counting its own. */
    private Mono<Void> withinCap(UUID userId) {
        return Flux.concat(campaigns.rowCount(userId), prospects.rowCount(userId), outreach.rowCount(userId),
                        meetings.rowCount(userId), reviews.rowCount(userId), templates.rowCount(userId),
                        activity.rowCount(userId), audit.rowCount(userId), deliveries.rowCount(userId))
                .reduce(0L, Long::sum)
                .flatMap(total -> total <= MAX_ROWS ? Mono.<Void>empty() : Mono.error(ApiException.conflict(
                        "The account holds " + total + " rows, more than the " + MAX_ROWS
                                + " one export document may hold; ask support for an export")));
    }

    private Mono<Profile> profile(UUID userId) {
        return accounts.exportFor(userId)
                .map(p -> new Profile(read(p.user(), User.class), read(p.settings(), Settings.class),
                        json.mapper().readValue(p.onboarding().asString(), JSON_OBJECT)))
                // the session outlived its user (account deleted elsewhere): no longer a valid session
                .switchIfEmpty(Mono.error(ApiException.unauthorized()));
    }

    private record ProspectsAndReviews(List<Prospect> prospects, List<ReviewItem> reviewItems) {
    }

    /**
     * Six statements (prospects, warm-ups, messages, meetings, review items), grouped by prospect in memory;
     * a meeting gets its prospect's name and company, a review item its prospect's summary.
     */
    private Mono<ProspectsAndReviews> prospects(UUID userId) {
        Mono<List<ObjectNode>> heads = prospects.exportFor(userId).map(this::object).collectList();
        Mono<Map<UUID, JsonNode>> warmups = outreach.warmupsFor(userId)
                .collectMap(ProspectPart::prospectId, part -> json.mapper().readTree(part.json().asString()));
        Mono<Map<UUID, List<JsonNode>>> messages = outreach.messagesFor(userId)
                .collect(Collectors.groupingBy(ProspectPart::prospectId,
                        Collectors.mapping(part -> json.mapper().readTree(part.json().asString()), Collectors.toList())));
        Mono<List<ObjectNode>> meetingRows = meetings.exportFor(userId).map(this::object).collectList();
        Mono<List<ObjectNode>> reviewRows = reviews.exportFor(userId).map(this::object).collectList();
        return Mono.zip(heads, warmups, messages, meetingRows, reviewRows).map(t -> {
            Map<String, ObjectNode> byId = t.getT1().stream()
                    .collect(Collectors.toMap(head -> head.get("id").asString(), head -> head));
            Map<UUID, List<Meeting>> meetingsByProspect = t.getT4().stream()
                    .map(row -> {
                        ObjectNode head = byId.get(row.get("prospectId").asString());
                        row.set("prospectName", head.get("fullName"));
                        row.set("companyName", head.get("companyName"));
                        return json.mapper().treeToValue(row, Meeting.class);
                    })
                    .collect(Collectors.groupingBy(Meeting::prospectId));
            List<ReviewItem> reviewItems = t.getT5().stream()
                    .map(row -> {
                        ObjectNode head = byId.get(row.remove("prospectId").asString());
                        row.set("prospect", summary(head));
                        return json.mapper().treeToValue(row, ReviewItem.class);
                    })
                    .toList();
            Map<UUID, List<ReviewItem>> pending = reviewItems.stream()
                    .filter(item -> item.status() == ReviewStatus.PENDING)
                    .sorted(QUEUE_ORDER)
                    .collect(Collectors.groupingBy(item -> item.prospect().id()));
            List<Prospect> prospectList = t.getT1().stream().map(head -> {
                UUID id = UUID.fromString(head.get("id").asString());
                head.set("warmup", t.getT2().get(id));
                head.set("messages", json.mapper().valueToTree(t.getT3().getOrDefault(id, List.of())));
                head.set("meetings", json.mapper().valueToTree(meetingsByProspect.getOrDefault(id, List.of())));
                head.set("pendingReviews", json.mapper().valueToTree(pending.getOrDefault(id, List.of())));
                return json.mapper().treeToValue(head, Prospect.class);
            }).toList();
            return new ProspectsAndReviews(prospectList, reviewItems);
        });
    }

    /** The ProspectSummary part of an exported prospect (a copy: the prospect itself gets more fields). */
    private ObjectNode summary(ObjectNode head) {
        ObjectNode summary = json.mapper().createObjectNode();
        SUMMARY_FIELDS.forEach(field -> summary.set(field, head.get(field)));
        return summary;
    }

    private ObjectNode object(Json value) {
        return (ObjectNode) json.mapper().readTree(value.asString());
    }

    private <T> Flux<T> rows(Flux<Json> rows, Class<T> type) {
        return rows.map(value -> read(value, type));
    }

    private <T> T read(Json value, Class<T> type) {
        return json.mapper().readValue(value.asString(), type);
    }
}
