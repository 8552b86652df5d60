package com.salesmachine.outreach;

import com.salesmachine.activity.ActivityLog;
import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.common.ConnectionStatus;
import com.salesmachine.contract.common.Direction;
import com.salesmachine.contract.integration.RecordInboundReplyInput;
import com.salesmachine.contract.prospects.Message;
import com.salesmachine.contract.prospects.WarmupProgress;
import com.salesmachine.platform.db.DbValues;
import com.salesmachine.prospects.ProspectLookup;
import com.salesmachine.prospects.ProspectStory;
import com.salesmachine.prospects.Prospects;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static com.salesmachine.platform.db.DbValues.enumOf;
import static com.salesmachine.platform.db.DbValues.instant;

/**
 * The conversation with a prospect (messages) and its warm-up as others read them, and recordInboundReply.
 * An inbound reply is idempotent by the provider's id as well (externalId unique per user): a second report
 * with a new delivery id changes nothing.
 */
@Component
public class Conversations implements ProspectStory.Conversation {

    private static final String MESSAGE_COLUMNS =
            "id, direction, channel, subject, text, ai_generated, confidence_score, sentiment, at";

    private final DatabaseClient db;
    private final ProspectLookup lookup;
    private final Prospects prospects;
    private final ActivityLog activity;

    public Conversations(DatabaseClient db, ProspectLookup lookup, Prospects prospects, ActivityLog activity) {
        this.db = db;
        this.lookup = lookup;
        this.prospects = prospects;
        this.activity = activity;
    }

    /** Call inside a transaction: the message, the prospect's move to engaged and the activity event together. */
    public Mono<Void> recordInboundReply(RecordInboundReplyInput input) {
        UUID user = input.userId();
        return lookup.find(user, input.prospectId(), input.linkedinUrl(), input.email())
                .flatMap(prospect -> db.sql("""
                                INSERT INTO messages (user_id, prospect_id, direction, channel, subject, text,
                                                      sentiment, external_id, at)
                                VALUES (:user, :prospect, 'inbound', :channel, :subject, :text, :sentiment, :external, :at)
                                ON CONFLICT DO NOTHING""")
                        .bind("user", user)
                        .bind("prospect", prospect.id())
                        .bind("channel", DbValues.text(input.channel()))
                        .bind("subject", Parameter.fromOrEmpty(input.subject(), String.class))
                        .bind("text", input.text())
                        .bind("sentiment", Parameter.fromOrEmpty(input.sentiment(), String.class))
                        .bind("external", input.externalId())
                        .bind("at", OffsetDateTime.ofInstant(input.receivedAt(), ZoneOffset.UTC))
                        .fetch().rowsUpdated()
                        .flatMap(inserted -> inserted == 0 ? Mono.empty()
                                : prospects.markEngaged(user, prospect.id(), input.receivedAt())
                                        .then(activity.record(user, "reply_received", prospect.id(),
                                                "Reply from " + prospect.fullName() + " (" + DbValues.text(input.channel()) + ")"))));
    }

    @Override
    public Mono<List<Message>> messages(UUID userId, UUID prospectId) {
        return db.sql("SELECT " + MESSAGE_COLUMNS + """

                        FROM messages
                        WHERE user_id = :user AND prospect_id = :id
                        ORDER BY at, id""")
                .bind("user", userId)
                .bind("id", prospectId)
                .map(Conversations::message)
                .all()
                .collectList();
    }

    /** The last ten messages with the prospect, returned oldest first like a conversation. */
    public Flux<Message> recentMessages(UUID userId, UUID prospectId) {
        return db.sql("SELECT * FROM (SELECT " + MESSAGE_COLUMNS + """

                            FROM messages
                            WHERE user_id = :user AND prospect_id = :prospect
                            ORDER BY at DESC, id DESC
                            LIMIT 10) recent
                        ORDER BY at, id""")
                .bind("user", userId)
                .bind("prospect", prospectId)
                .map(Conversations::message)
                .all();
    }

    private static Message message(Readable row) {
        return new Message(
                row.get("id", UUID.class),
                enumOf(Direction.class, row.get("direction", String.class)),
                enumOf(Channel.class, row.get("channel", String.class)),
                row.get("subject", String.class),
                row.get("text", String.class),
                Boolean.TRUE.equals(row.get("ai_generated", Boolean.class)),
                row.get("confidence_score", Integer.class),
                row.get("sentiment", String.class),
                instant(row.get("at", OffsetDateTime.class)));
    }

    @Override
    public Mono<Optional<WarmupProgress>> warmup(UUID userId, UUID prospectId) {
        return db.sql("""
                        SELECT started_at, planned_days, likes, comments, connection_status
                        FROM warmups
                        WHERE user_id = :user AND prospect_id = :id""")
                .bind("user", userId)
                .bind("id", prospectId)
                .map(row -> {
                    String connection = row.get("connection_status", String.class);
                    return Optional.of(new WarmupProgress(
                            instant(row.get("started_at", OffsetDateTime.class)),
                            row.get("planned_days", Integer.class),
                            row.get("likes", Integer.class),
                            row.get("comments", Integer.class),
                            // "none" (no request sent yet) has no contract value: null
                            "none".equals(connection) ? null : enumOf(ConnectionStatus.class, connection)));
                })
                .one()
                .defaultIfEmpty(Optional.empty());
    }
}
