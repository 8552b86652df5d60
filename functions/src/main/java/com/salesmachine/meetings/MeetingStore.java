package com.salesmachine.meetings;

import com.salesmachine.platform.DbValues;
import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.common.Direction;
import com.salesmachine.contract.meetings.Meeting;
import com.salesmachine.contract.meetings.MeetingStatus;
import com.salesmachine.contract.meetings.MeetingWhen;
import com.salesmachine.contract.prospects.Message;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.prospects.ProspectSummaries;
import com.salesmachine.platform.Cursor;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL for meetings; every statement is scoped by the owner. */
@Component
class MeetingStore {

    /** A meeting with its prospect's summary columns (prefixed p_). */
    private static final String SELECT = """
            SELECT m.id, m.prospect_id, m.campaign_id, m.title, m.scheduled_at, m.duration_minutes,
                   m.meeting_link, m.status, m.notes, m.cancellation_reason,
                   %s
            FROM meetings m
            JOIN prospects p ON p.user_id = m.user_id AND p.id = m.prospect_id
            """.formatted(ProspectSummaries.PREFIXED_COLUMNS);

    private final DatabaseClient db;

    MeetingStore(DatabaseClient db) {
        this.db = db;
    }

    /**
     * Upcoming: from now on, soonest first. Past: before now, latest first. Keyset over
     * (scheduled_at, id) in the same direction as the order.
     */
    Flux<MeetingRow> page(UUID user, MeetingWhen when, UUID campaign, Cursor after, int limit) {
        String sql = SELECT + (when == MeetingWhen.UPCOMING
                ? """
                  WHERE m.user_id = :user AND m.scheduled_at >= now()
                    AND (CAST(:campaign AS uuid) IS NULL OR m.campaign_id = :campaign)
                    AND (CAST(:afterAt AS timestamptz) IS NULL OR (m.scheduled_at, m.id) > (:afterAt, :afterId))
                  ORDER BY m.scheduled_at, m.id
                  LIMIT :limit"""
                : """
                  WHERE m.user_id = :user AND m.scheduled_at < now()
                    AND (CAST(:campaign AS uuid) IS NULL OR m.campaign_id = :campaign)
                    AND (CAST(:afterAt AS timestamptz) IS NULL OR (m.scheduled_at, m.id) < (:afterAt, :afterId))
                  ORDER BY m.scheduled_at DESC, m.id DESC
                  LIMIT :limit""");
        return db.sql(sql)
                .bind("user", user)
                .bind("campaign", Parameter.fromOrEmpty(campaign, UUID.class))
                .bind("afterAt", Parameter.fromOrEmpty(after == null ? null : after.at(), Instant.class))
                .bind("afterId", Parameter.fromOrEmpty(after == null ? null : after.id(), UUID.class))
                .bind("limit", limit)
                .map(MeetingStore::row)
                .all();
    }

    Mono<MeetingRow> find(UUID user, UUID id) {
        return db.sql(SELECT + " WHERE m.user_id = :user AND m.id = :id")
                .bind("user", user)
                .bind("id", id)
                .map(MeetingStore::row)
                .one();
    }

    /** The last ten messages with the prospect, returned oldest first like a conversation. */
    Flux<Message> recentMessages(UUID user, UUID prospect) {
        return db.sql("""
                        SELECT * FROM (
                            SELECT id, direction, channel, subject, text, ai_generated, confidence_score, sentiment, at
                            FROM messages
                            WHERE user_id = :user AND prospect_id = :prospect
                            ORDER BY at DESC, id DESC
                            LIMIT 10) recent
                        ORDER BY at, id""")
                .bind("user", user)
                .bind("prospect", prospect)
                .map(row -> new Message(row.get("id", UUID.class),
                        DbValues.enumOf(Direction.class, row.get("direction", String.class)),
                        DbValues.enumOf(Channel.class, row.get("channel", String.class)),
                        row.get("subject", String.class), row.get("text", String.class),
                        Boolean.TRUE.equals(row.get("ai_generated", Boolean.class)),
                        row.get("confidence_score", Integer.class), row.get("sentiment", String.class),
                        row.get("at", Instant.class)))
                .all();
    }

    /**
     * Cancels a scheduled or confirmed meeting in one conditional statement (a concurrent cancel
     * cannot win twice); empty when there is no such meeting in a cancellable state.
     */
    Mono<UUID> cancel(UUID user, UUID id, String reason) {
        return db.sql("""
                        UPDATE meetings SET status = 'cancelled', cancellation_reason = :reason
                        WHERE id = :id AND user_id = :user AND status IN ('scheduled', 'confirmed')
                        RETURNING id""")
                .bind("id", id)
                .bind("user", user)
                .bind("reason", Parameter.fromOrEmpty(reason, String.class))
                .map(row -> row.get("id", UUID.class))
                .one();
    }

    private static MeetingRow row(Readable row) {
        UUID prospectId = row.get("prospect_id", UUID.class);
        Meeting meeting = new Meeting(row.get("id", UUID.class), prospectId, row.get("p_full_name", String.class),
                row.get("p_company_name", String.class), row.get("campaign_id", UUID.class),
                row.get("title", String.class), row.get("scheduled_at", Instant.class),
                row.get("duration_minutes", Integer.class), row.get("meeting_link", String.class),
                DbValues.enumOf(MeetingStatus.class, row.get("status", String.class)), row.get("notes", String.class),
                row.get("cancellation_reason", String.class));
        ProspectSummary prospect = ProspectSummaries.fromPrefixed(row);
        return new MeetingRow(meeting, prospect);
    }

    record MeetingRow(Meeting meeting, ProspectSummary prospect) {
    }
}
