package com.salesmachine.prospects;

import com.salesmachine.contract.meetings.Meeting;
import com.salesmachine.contract.prospects.Enrichment;
import com.salesmachine.contract.prospects.Message;
import com.salesmachine.contract.prospects.Prospect;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.contract.prospects.WarmupProgress;
import com.salesmachine.contract.review.ReviewItem;
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

import static com.salesmachine.platform.db.DbValues.instant;

/**
 * The whole story of one prospect in five statements, however long the conversation: the prospect with its
 * enrichment (one row), then its messages, warm-up, meetings and pending review items, each asked of the
 * package that owns them ({@link ProspectStory}).
 */
final class ProspectDetail {

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final DatabaseClient db;
    private final JsonCodec json;
    private final ProspectStory.Conversation conversation;
    private final ProspectStory.Meetings meetings;
    private final ProspectStory.PendingReviews reviews;

    ProspectDetail(DatabaseClient db, JsonCodec json, ProspectStory.Conversation conversation,
                   ProspectStory.Meetings meetings, ProspectStory.PendingReviews reviews) {
        this.db = db;
        this.json = json;
        this.conversation = conversation;
        this.meetings = meetings;
        this.reviews = reviews;
    }

    private record Head(ProspectSummary summary, String location, String vipReason, String source,
                        Enrichment enrichment) {
    }

    Mono<Prospect> find(UUID userId, UUID prospectId) {
        return head(userId, prospectId).flatMap(head -> Mono.zip(
                        conversation.messages(userId, prospectId),
                        conversation.warmup(userId, prospectId),
                        meetings.meetingsWith(userId, head.summary()),
                        reviews.pendingFor(userId, head.summary()))
                .map(parts -> prospect(head, parts.getT1(), parts.getT3(), parts.getT4(), parts.getT2().orElse(null))));
    }

    private Mono<Head> head(UUID userId, UUID prospectId) {
        return db.sql("SELECT " + ProspectRows.SUMMARY_COLUMNS + """
                        , p.location, p.vip_reason, p.source,
                               e.prospect_id AS enrichment_of, e.talking_points, e.pain_points, e.recent_activity,
                               e.tech_stack, e.company_data, e.confidence_score, e.personalization_score, e.model,
                               e.enriched_at
                        FROM prospects p
                        LEFT JOIN enrichments e ON e.prospect_id = p.id AND e.user_id = p.user_id
                        WHERE p.user_id = :user AND p.id = :id""")
                .bind("user", userId)
                .bind("id", prospectId)
                .map(row -> new Head(ProspectRows.summary(row), row.get("location", String.class),
                        row.get("vip_reason", String.class), row.get("source", String.class),
                        enrichment(row)))
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

    private static List<String> texts(Readable row, String column) {
        String[] values = row.get(column, String[].class);
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static Prospect prospect(Head head, List<Message> messages, List<Meeting> meetings,
                                     List<ReviewItem> reviews, WarmupProgress warmup) {
        ProspectSummary s = head.summary();
        return new Prospect(s.id(), s.campaignId(), s.fullName(), s.jobTitle(), s.companyName(), s.status(),
                s.isVip(), s.linkedinUrl(), s.email(), s.lastActivityAt(), s.createdAt(),
                head.location(), head.vipReason(), head.source(), head.enrichment(), messages, meetings, reviews,
                warmup);
    }
}
