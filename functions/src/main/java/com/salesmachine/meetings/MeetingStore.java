package com.salesmachine.meetings;

import com.salesmachine.platform.db.DbValues;
import com.salesmachine.contract.meetings.Meeting;
import com.salesmachine.contract.meetings.MeetingStatus;
import com.salesmachine.contract.meetings.MeetingWhen;
import com.salesmachine.contract.prospects.Message;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.outreach.Conversations;
import com.salesmachine.prospects.Prospects;
import com.salesmachine.platform.db.Cursor;

import java.time.Instant;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * SQL for meetings; every statement is scoped by the owner. A meeting is shown with its prospect's summary,
 * asked of prospects in one more statement per page (never per row).
 */
@Component
class MeetingStore {

    private static final String SELECT = """
            SELECT m.id, m.prospect_id, m.campaign_id, m.title, m.scheduled_at, m.duration_minutes,
                   m.meeting_link, m.status, m.notes, m.cancellation_reason
            FROM meetings m
            """;

    private final DatabaseClient db;
    private final Prospects prospects;
    private final Conversations conversations;

    MeetingStore(DatabaseClient db, Prospects prospects, Conversations conversations) {
        this.db = db;
        this.prospects = prospects;
        this.conversations = conversations;
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
        return withProspects(user, db.sql(sql)
                .bind("user", user)
                .bind("campaign", Parameter.fromOrEmpty(campaign, UUID.class))
                .bind("afterAt", Parameter.fromOrEmpty(after == null ? null : after.at(), Instant.class))
                .bind("afterId", Parameter.fromOrEmpty(after == null ? null : after.id(), UUID.class))
                .bind("limit", limit)
                .map(MeetingStore::stored)
                .all());
    }

    Mono<MeetingRow> find(UUID user, UUID id) {
        return withProspects(user, db.sql(SELECT + " WHERE m.user_id = :user AND m.id = :id")
                .bind("user", user)
                .bind("id", id)
                .map(MeetingStore::stored)
                .all()).next();
    }

    /** The last ten messages with the prospect, oldest first (outreach owns them). */
    Flux<Message> recentMessages(UUID user, UUID prospect) {
        return conversations.recentMessages(user, prospect);
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

    /** A meetings row before its prospect's summary is known. */
    private record Stored(UUID id, UUID prospectId, UUID campaignId, String title, Instant scheduledAt,
                          Integer durationMinutes, String meetingLink, MeetingStatus status, String notes,
                          String cancellationReason) {

        MeetingRow with(ProspectSummary prospect) {
            return new MeetingRow(new Meeting(id, prospectId, prospect.fullName(), prospect.companyName(), campaignId,
                    title, scheduledAt, durationMinutes, meetingLink, status, notes, cancellationReason), prospect);
        }
    }

    private static Stored stored(Readable row) {
        return new Stored(row.get("id", UUID.class), row.get("prospect_id", UUID.class),
                row.get("campaign_id", UUID.class), row.get("title", String.class),
                row.get("scheduled_at", Instant.class), row.get("duration_minutes", Integer.class),
                row.get("meeting_link", String.class),
                DbValues.enumOf(MeetingStatus.class, row.get("status", String.class)), row.get("notes", String.class),
                row.get("cancellation_reason", String.class));
    }

    /** Keeps the order; a meeting whose prospect is not the user's (impossible by the foreign key) is left out. */
    private Flux<MeetingRow> withProspects(UUID user, Flux<Stored> rows) {
        return rows.collectList().flatMapMany(stored -> prospects
                .summaries(user, stored.stream().map(Stored::prospectId).toList())
                .flatMapMany(summaries -> Flux.fromIterable(stored)
                        .filter(m -> summaries.containsKey(m.prospectId()))
                        .map(m -> m.with(summaries.get(m.prospectId())))));
    }

    record MeetingRow(Meeting meeting, ProspectSummary prospect) {
    }
}
