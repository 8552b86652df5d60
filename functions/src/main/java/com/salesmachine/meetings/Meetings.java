package com.salesmachine.meetings;

import com.salesmachine.platform.db.UserRows;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.contract.integration.RecordMeetingBookedInput;
import com.salesmachine.contract.meetings.Meeting;
import com.salesmachine.contract.meetings.MeetingStatus;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.platform.db.DbValues;
import com.salesmachine.prospects.ProspectLookup;
import com.salesmachine.prospects.ProspectStory;
import com.salesmachine.prospects.Prospects;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What others need of the meetings table: bookings (recordMeetingBooked), a prospect's meetings (getProspect)
 * and the GDPR part. A booking is idempotent by the provider's event id (unique per user): a second report
 * with a new delivery id changes nothing.
 */
@Component
public class Meetings implements ProspectStory.Meetings {

    private final DatabaseClient db;
    private final ProspectLookup lookup;
    private final Prospects prospects;
    private final ActivityLog activity;

    public Meetings(DatabaseClient db, ProspectLookup lookup, Prospects prospects, ActivityLog activity) {
        this.db = db;
        this.lookup = lookup;
        this.prospects = prospects;
        this.activity = activity;
    }

    /** Call inside a transaction: the meeting, the prospect's status and the activity event together. */
    public Mono<Void> book(RecordMeetingBookedInput input) {
        UUID user = input.userId();
        return lookup.find(user, input.prospectId(), null, input.email())
                .flatMap(prospect -> db.sql("""
                                INSERT INTO meetings (user_id, prospect_id, campaign_id, title, scheduled_at,
                                                      duration_minutes, meeting_link, external_event_id)
                                VALUES (:user, :prospect, :campaign, :title, :at, :duration, :link, :event)
                                ON CONFLICT (user_id, external_event_id) WHERE external_event_id IS NOT NULL DO NOTHING""")
                        .bind("user", user)
                        .bind("prospect", prospect.id())
                        .bind("campaign", Parameter.fromOrEmpty(prospect.campaignId(), UUID.class))
                        .bind("title", input.title())
                        .bind("at", OffsetDateTime.ofInstant(input.scheduledAt(), ZoneOffset.UTC))
                        .bind("duration", input.durationMinutes())
                        .bind("link", Parameter.fromOrEmpty(input.meetingLink(), String.class))
                        .bind("event", input.externalEventId())
                        .fetch().rowsUpdated()
                        .flatMap(inserted -> inserted == 0 ? Mono.empty()
                                : prospects.markMeetingBooked(user, prospect.id())
                                        .then(activity.record(user, "meeting_booked", prospect.id(),
                                                "Meeting booked with " + prospect.fullName()))));
    }

    @Override
    public Mono<List<Meeting>> meetingsWith(UUID userId, ProspectSummary prospect) {
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
                        DbValues.instant(row.get("scheduled_at", OffsetDateTime.class)),
                        row.get("duration_minutes", Integer.class),
                        row.get("meeting_link", String.class),
                        DbValues.enumOf(MeetingStatus.class, row.get("status", String.class)),
                        row.get("notes", String.class),
                        row.get("cancellation_reason", String.class)))
                .all()
                .collectList();
    }

    /**
     * GDPR export: every meeting of the user, soonest first, as the contract's Meeting without
     * {@code prospectName} and {@code companyName} (the prospect's; the caller adds them).
     */
    public Flux<Json> exportFor(UUID userId) {
        return UserRows.json(db, """
                        SELECT jsonb_build_object('id', m.id, 'prospectId', m.prospect_id,
                                   'campaignId', m.campaign_id, 'title', m.title,
                                   'scheduledAt', m.scheduled_at, 'durationMinutes', m.duration_minutes,
                                   'meetingLink', m.meeting_link, 'status', m.status, 'notes', m.notes,
                                   'cancellationReason', m.cancellation_reason)
                        FROM meetings m
                        WHERE m.user_id = :user
                        ORDER BY m.scheduled_at, m.id""", userId);
    }

    public Mono<Long> rowCount(UUID userId) {
        return UserRows.count(db, "SELECT count(*) FROM meetings WHERE user_id = :user", userId);
    }
}
