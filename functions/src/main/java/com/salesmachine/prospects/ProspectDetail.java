package com.salesmachine.prospects;

import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.common.ConnectionStatus;
import com.salesmachine.contract.common.Direction;
import com.salesmachine.contract.meetings.Meeting;
import com.salesmachine.contract.meetings.MeetingStatus;
import com.salesmachine.contract.prospects.Enrichment;
import com.salesmachine.contract.prospects.Message;
import com.salesmachine.contract.prospects.Prospect;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.contract.prospects.WarmupProgress;
import com.salesmachine.contract.review.MessageType;
import com.salesmachine.contract.review.ReviewItem;
import com.salesmachine.contract.review.ReviewStatus;
import com.salesmachine.platform.json.JsonCodec;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

import static com.salesmachine.platform.db.DbValues.enumOf;
import static com.salesmachine.platform.db.DbValues.instant;

/**
 * The whole story of one prospect in four statements, however long the conversation: the prospect
 * with its enrichment and warm-up (one row), then its messages, meetings and pending review items.
 */
final class ProspectDetail {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final DatabaseClient db;
    private final JsonCodec json;

    ProspectDetail(DatabaseClient db, JsonCodec json) {
        this.db = db;
        this.json = json;
    }

    private record Head(ProspectSummary summary, String location, String vipReason, String source,
                        Enrichment enrichment, WarmupProgress warmup) {
    }

    Mono<Prospect> find(UUID userId, UUID prospectId) {
        return head(userId, prospectId).flatMap(head -> Mono.zip(
                        messages(userId, prospectId),
                        meetings(userId, head.summary()),
                        pendingReviews(userId, head.summary()))
                .map(parts -> prospect(head, parts.getT1(), parts.getT2(), parts.getT3())));
    }

    private Mono<Head> head(UUID userId, UUID prospectId) {
        return db.sql("SELECT " + ProspectRows.SUMMARY_COLUMNS + """
                        , p.location, p.vip_reason, p.source,
                               e.prospect_id AS enrichment_of, e.talking_points, e.pain_points, e.recent_activity,
                               e.tech_stack, e.company_data, e.confidence_score, e.personalization_score, e.model,
                               e.enriched_at,
                               w.prospect_id AS warmup_of, w.started_at, w.planned_days, w.likes, w.comments,
                               w.connection_status
                        FROM prospects p
                        LEFT JOIN enrichments e ON e.prospect_id = p.id AND e.user_id = p.user_id
                        LEFT JOIN warmups w ON w.prospect_id = p.id AND w.user_id = p.user_id
                        WHERE p.user_id = :user AND p.id = :id""")
                .bind("user", userId)
                .bind("id", prospectId)
                .map(row -> new Head(ProspectRows.summary(row), row.get("location", String.class),
                        row.get("vip_reason", String.class), row.get("source", String.class),
                        enrichment(row), warmup(row)))
                .one();
    }

    private Enrichment enrichment(Readable row) {
        if (row.get("enrichment_of", UUID.class) == null) {
            return null;
        }
        return new Enrichment(
                texts(row, "talking_points"),
                texts(row, "pain_points"),
                row.get("recent_activity", String.class),
                texts(row, "tech_stack"),
                json.mapper().readValue(row.get("company_data", Json.class).asString(), JSON_OBJECT),
                row.get("confidence_score", Integer.class),
                row.get("personalization_score", Integer.class),
                row.get("model", String.class),
                instant(row.get("enriched_at", OffsetDateTime.class)));
    }

    private static WarmupProgress warmup(Readable row) {
        if (row.get("warmup_of", UUID.class) == null) {
            return null;
        }
        String connection = row.get("connection_status", String.class);
        return new WarmupProgress(
                instant(row.get("started_at", OffsetDateTime.class)),
                row.get("planned_days", Integer.class),
                row.get("likes", Integer.class),
                row.get("comments", Integer.class),
                // "none" (no request sent yet) has no contract value: null
                "none".equals(connection) ? null : enumOf(ConnectionStatus.class, connection));
    }

    private Mono<List<Message>> messages(UUID userId, UUID prospectId) {
        return db.sql("""
                        SELECT id, direction, channel, subject, text, ai_generated, confidence_score, sentiment, at
                        FROM messages
                        WHERE user_id = :user AND prospect_id = :id
                        ORDER BY at, id""")
                .bind("user", userId)
                .bind("id", prospectId)
                .map(row -> new Message(
                        row.get("id", UUID.class),
                        enumOf(Direction.class, row.get("direction", String.class)),
                        enumOf(Channel.class, row.get("channel", String.class)),
                        row.get("subject", String.class),
                        row.get("text", String.class),
                        Boolean.TRUE.equals(row.get("ai_generated", Boolean.class)),
                        row.get("confidence_score", Integer.class),
                        row.get("sentiment", String.class),
                        instant(row.get("at", OffsetDateTime.class))))
                .all()
                .collectList();
    }

    private Mono<List<Meeting>> meetings(UUID userId, ProspectSummary prospect) {
        return db.sql("""
                        SELECT id, campaign_id, title, scheduled_at, duration_minutes, meeting_link, status, notes,
                               cancellation_reason
                        FROM meetings
                        WHERE user_id = :user AND prospect_id = :id
                        ORDER BY scheduled_at, id""")
                .bind("user", userId)
                .bind("id", prospect.id())
                .map(row -> new Meeting(
                        row.get("id", UUID.class),
                        prospect.id(),
                        prospect.fullName(),
                        prospect.companyName(),
                        row.get("campaign_id", UUID.class),
                        row.get("title", String.class),
                        instant(row.get("scheduled_at", OffsetDateTime.class)),
                        row.get("duration_minutes", Integer.class),
                        row.get("meeting_link", String.class),
                        enumOf(MeetingStatus.class, row.get("status", String.class)),
                        row.get("notes", String.class),
                        row.get("cancellation_reason", String.class)))
                .all()
                .collectList();
    }

    private Mono<List<ReviewItem>> pendingReviews(UUID userId, ProspectSummary prospect) {
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
                        enumOf(MessageType.class, row.get("message_type", String.class)),
                        enumOf(Channel.class, row.get("channel", String.class)),
                        row.get("proposed_subject", String.class),
                        row.get("proposed_message", String.class),
                        row.get("confidence_score", Integer.class),
                        row.get("reasoning", String.class),
                        texts(row, "blocked_topics"),
                        enumOf(ReviewStatus.class, row.get("status", String.class)),
                        row.get("edited_subject", String.class),
                        row.get("edited_message", String.class),
                        row.get("rejection_reason", String.class),
                        row.get("priority", Integer.class),
                        instant(row.get("created_at", OffsetDateTime.class)),
                        instant(row.get("reviewed_at", OffsetDateTime.class))))
                .all()
                .collectList();
    }

    private static List<String> texts(Readable row, String column) {
        String[] values = row.get(column, String[].class);
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static Prospect prospect(Head head, List<Message> messages, List<Meeting> meetings,
                                     List<ReviewItem> reviews) {
        ProspectSummary s = head.summary();
        return new Prospect(s.id(), s.campaignId(), s.fullName(), s.jobTitle(), s.companyName(), s.status(),
                s.isVip(), s.linkedinUrl(), s.email(), s.lastActivityAt(), s.createdAt(),
                head.location(), head.vipReason(), head.source(), head.enrichment(), messages, meetings, reviews,
                head.warmup());
    }
}
