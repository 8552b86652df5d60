package com.salesmachine.outreach;

import com.salesmachine.contract.common.ConnectionStatus;
import com.salesmachine.contract.integration.RecordConnectionStatusInput;
import com.salesmachine.contract.integration.RecordWarmupInput;
import com.salesmachine.account.UserRules;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.prospects.ProspectLookup;
import com.salesmachine.prospects.Prospects;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.db.DbValues;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * recordWarmup and recordConnectionStatus. Warm-up actions are increments for warm-up day {@code day}
 * (1 = the day the warm-up started, in the user's timezone); the prospect row lock serialises reports
 * about one prospect so the daily action limit (rule 4) holds under concurrency.
 */
@Component
public class WarmupLog {

    private final DatabaseClient db;
    private final ProspectLookup prospects;
    private final Prospects prospectUpdates;
    private final ActivityLog activity;

    public WarmupLog(DatabaseClient db, ProspectLookup prospects, Prospects prospectUpdates, ActivityLog activity) {
        this.db = db;
        this.prospects = prospects;
        this.prospectUpdates = prospectUpdates;
        this.activity = activity;
    }

    public Mono<Void> recordActions(RecordWarmupInput input, UserRules rules) {
        UUID user = input.userId();
        int limit = rules.effectiveWarmupActionLimit();
        return prospects.lock(user, input.prospectId())
                .flatMap(prospect -> ensureWarmup(user, prospect.id(), rules)
                        .then(actionsSoFar(prospect.id(), input.day(), rules.timezone()))
                        .flatMap(done -> {
                            int after = done + input.likes() + input.comments();
                            if (after > limit) {
                                return Mono.error(ApiException.validation("likes",
                                        "daily action limit of " + limit + " exceeded: " + done
                                                + " actions already recorded for day " + input.day()));
                            }
                            return addActions(user, prospect.id(), input, rules.timezone())
                                    .then(Boolean.TRUE.equals(input.completed())
                                            ? activity.record(user, "warmup_completed", prospect.id(),
                                                    "Warm-up of " + prospect.fullName() + " completed")
                                            : Mono.empty());
                        }));
    }

    public Mono<Void> recordConnection(RecordConnectionStatusInput input, UserRules rules) {
        UUID user = input.userId();
        String status = DbValues.text(input.status());
        return prospects.lock(user, input.prospectId())
                .flatMap(prospect -> ensureWarmup(user, prospect.id(), rules)
                        .then(db.sql("UPDATE warmups SET connection_status = :status WHERE prospect_id = :prospect AND user_id = :user")
                                .bind("status", status)
                                .bind("prospect", prospect.id())
                                .bind("user", user)
                                .then())
                        .then(prospectUpdates.touch(user, prospect.id()))
                        .then(activity.record(user, "connection_" + status, prospect.id(),
                                connectionSummary(input.status(), prospect.fullName()))));
    }

    private static String connectionSummary(ConnectionStatus status, String name) {
        return switch (status) {
            case PENDING -> "Connection request sent to " + name;
            case ACCEPTED -> name + " accepted the connection request";
            case REJECTED -> name + " declined the connection request";
        };
    }

    private Mono<Void> ensureWarmup(UUID user, UUID prospect, UserRules rules) {
        return db.sql("""
                        INSERT INTO warmups (prospect_id, user_id, planned_days) VALUES (:prospect, :user, :days)
                        ON CONFLICT (prospect_id) DO NOTHING""")
                .bind("prospect", prospect)
                .bind("user", user)
                .bind("days", Math.max(7, Math.min(15, rules.warmupMinDays())))
                .then();
    }

    private static final String DAY_DATE = "((w.started_at AT TIME ZONE :tz)::date + (:day - 1))";

    private Mono<Integer> actionsSoFar(UUID prospect, int day, String timezone) {
        return db.sql("SELECT coalesce(sum(d.likes + d.comments), 0)::int AS done FROM warmups w"
                        + " LEFT JOIN warmup_days d ON d.prospect_id = w.prospect_id AND d.day = " + DAY_DATE
                        + " WHERE w.prospect_id = :prospect")
                .bind("prospect", prospect)
                .bind("tz", timezone)
                .bind("day", day)
                .map(row -> row.get("done", Integer.class))
                .one();
    }

    private Mono<Void> addActions(UUID user, UUID prospect, RecordWarmupInput input, String timezone) {
        return db.sql("INSERT INTO warmup_days (prospect_id, user_id, day, likes, comments)"
                        + " SELECT w.prospect_id, w.user_id, " + DAY_DATE + ", :likes, :comments"
                        + " FROM warmups w WHERE w.prospect_id = :prospect AND w.user_id = :user"
                        + " ON CONFLICT (prospect_id, day) DO UPDATE SET likes = warmup_days.likes + EXCLUDED.likes,"
                        + " comments = warmup_days.comments + EXCLUDED.comments")
                .bind("prospect", prospect)
                .bind("user", user)
                .bind("tz", timezone)
                .bind("day", input.day())
                .bind("likes", input.likes())
                .bind("comments", input.comments())
                .then()
                .then(db.sql("""
                                UPDATE warmups SET likes = likes + :likes, comments = comments + :comments,
                                    completed_at = CASE WHEN :completed THEN coalesce(completed_at, now()) ELSE completed_at END
                                WHERE prospect_id = :prospect AND user_id = :user""")
                        .bind("prospect", prospect)
                        .bind("user", user)
                        .bind("likes", input.likes())
                        .bind("comments", input.comments())
                        .bind("completed", Boolean.TRUE.equals(input.completed()))
                        .then());
    }
}
