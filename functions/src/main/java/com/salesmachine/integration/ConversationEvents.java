package com.salesmachine.integration;

import com.salesmachine.contract.integration.RecordInboundReplyInput;
import com.salesmachine.contract.integration.RecordMeetingBookedInput;
import com.salesmachine.dashboard.ActivityLog;
import com.salesmachine.platform.db.DbValues;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * recordInboundReply and recordMeetingBooked. Both are idempotent by the provider's id as well
 * (externalId / externalEventId unique per user): a second report with a new delivery id changes nothing.
 */
@Component
class ConversationEvents {

    private final DatabaseClient db;
    private final ProspectLookup prospects;
    private final ActivityLog activity;

    ConversationEvents(DatabaseClient db, ProspectLookup prospects, ActivityLog activity) {
        this.db = db;
        this.prospects = prospects;
        this.activity = activity;
    }

    Mono<Void> inboundReply(RecordInboundReplyInput input) {
        UUID user = input.userId();
        return prospects.find(user, input.prospectId(), input.linkedinUrl(), input.email())
                .flatMap(prospect -> db.sql("""
                                INSERT INTO messages (user_id, prospect_id, direction, channel, subject, text,
                                                      sentiment, external_id, at)
                                VALUES (:user, :prospect, 'inbound', :channel, :subject, :text, :sentiment, :external, :at)
                                ON CONFLICT DO NOTHING""")
                        .bind("user", user)
                        .bind("prospect", prospect.id())
                        .bind("channel", DbValues.text(input.channel()))
                        .bind("subject", Nullable.of(input.subject(), String.class))
                        .bind("text", input.text())
                        .bind("sentiment", Nullable.of(input.sentiment(), String.class))
                        .bind("external", input.externalId())
                        .bind("at", OffsetDateTime.ofInstant(input.receivedAt(), ZoneOffset.UTC))
                        .fetch().rowsUpdated()
                        .flatMap(inserted -> inserted == 0 ? Mono.empty()
                                : markEngaged(user, prospect.id(), input.receivedAt())
                                        .then(activity.record(user, "reply_received", prospect.id(),
                                                "Reply from " + prospect.fullName() + " (" + DbValues.text(input.channel()) + ")"))));
    }

    private Mono<Void> markEngaged(UUID user, UUID prospect, java.time.Instant receivedAt) {
        // engaged only moves a prospect forward: later stages (qualified, meeting...) keep their status
        return db.sql("""
                        UPDATE prospects SET
                            status = CASE WHEN status IN ('new', 'contacted') THEN 'engaged' ELSE status END,
                            last_replied_at = greatest(last_replied_at, :at),
                            last_activity_at = now()
                        WHERE id = :prospect AND user_id = :user""")
                .bind("prospect", prospect)
                .bind("user", user)
                .bind("at", OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC))
                .then();
    }

    Mono<Void> meetingBooked(RecordMeetingBookedInput input) {
        UUID user = input.userId();
        return prospects.find(user, input.prospectId(), null, input.email())
                .flatMap(prospect -> db.sql("""
                                INSERT INTO meetings (user_id, prospect_id, campaign_id, title, scheduled_at,
                                                      duration_minutes, meeting_link, external_event_id)
                                VALUES (:user, :prospect, :campaign, :title, :at, :duration, :link, :event)
                                ON CONFLICT (user_id, external_event_id) WHERE external_event_id IS NOT NULL DO NOTHING""")
                        .bind("user", user)
                        .bind("prospect", prospect.id())
                        .bind("campaign", Nullable.of(prospect.campaignId(), UUID.class))
                        .bind("title", input.title())
                        .bind("at", OffsetDateTime.ofInstant(input.scheduledAt(), ZoneOffset.UTC))
                        .bind("duration", input.durationMinutes())
                        .bind("link", Nullable.of(input.meetingLink(), String.class))
                        .bind("event", input.externalEventId())
                        .fetch().rowsUpdated()
                        .flatMap(inserted -> inserted == 0 ? Mono.empty()
                                : db.sql("""
                                        UPDATE prospects SET
                                            status = CASE WHEN status IN ('meeting_completed', 'customer', 'unsubscribed')
                                                          THEN status ELSE 'meeting_booked' END,
                                            last_activity_at = now()
                                        WHERE id = :prospect AND user_id = :user""")
                                        .bind("prospect", prospect.id())
                                        .bind("user", user)
                                        .then()
                                        .then(activity.record(user, "meeting_booked", prospect.id(),
                                                "Meeting booked with " + prospect.fullName()))));
    }
}
