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
 * recordWarmup and recordConnectionStatus. A warm-up report carries the day's totals so far for warm-up day
 * {@code day} (1 = the day the warm-up started, in the user's timezone): they are set, never added, so the same
 * report counts once whatever its delivery id (a smaller figure than the stored one keeps the stored one: reports
 * may arrive out of order). The prospect row lock serialises reports about one prospect so the daily action
 * limit (rule 4) holds under concurrency. A connection status is an event only when it changes.
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
                        .then(storedTotals(prospect.id(), input.day(), rules.timezone()))
                        .flatMap(stored -> {
                            int after = Math.max(stored[0], input.likes()) + Math.max(stored[1], input.comments());
                            if (after > limit) {
                                return Mono.error(ApiException.validation("likes", "daily action limit of " + limit
                                        + " exceeded: " + after + " actions for day " + input.day()));
                            }
                            return setDayTotals(user, prospect.id(), input, rules.timezone())
                                    .flatMap(newlyCompleted -> newlyCompleted
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
                        .then(db.sql("""
                                        UPDATE warmups SET connection_status = :status
                                        WHERE prospect_id = :prospect AND user_id = :user
                                          AND connection_status IS DISTINCT FROM :status""")
                                .bind("status", status)
                                .bind("prospect", prospect.id())
                                .bind("user", user)
                                .fetch().rowsUpdated())
                        // the same status reported again (any delivery id) is not a new event
                        .flatMap(changed -> changed == 0 ? Mono.<Void>empty()
                                : prospectUpdates.touch(user, prospect.id())
                                        .then(activity.record(user, "connection_" + status, prospect.id(),
                                                connectionSummary(input.status(), prospect.fullName())))));
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

    /** {likes, comments} stored for the day so far ({0, 0} before its first report). */
    private Mono<int[]> storedTotals(UUID prospect, int day, String timezone) {
        return db.sql("SELECT coalesce(d.likes, 0) AS likes, coalesce(d.comments, 0) AS comments FROM warmups w"
                        + " LEFT JOIN warmup_days d ON d.prospect_id = w.prospect_id AND d.day = " + DAY_DATE
                        + " WHERE w.prospect_id = :prospect")
                .bind("prospect", prospect)
                .bind("tz", timezone)
                .bind("day", day)
                .map(row -> new int[] {row.get("likes", Integer.class), row.get("comments", Integer.class)})
                .one();
    }

    /** Sets the day's totals (never lower than stored) and the warm-up's sums; answers whether it just completed. */
    private Mono<Boolean> setDayTotals(UUID user, UUID prospect, RecordWarmupInput input, String timezone) {
        return db.sql("INSERT INTO warmup_days (prospect_id, user_id, day, likes, comments)"
                        + " SELECT w.prospect_id, w.user_id, " + DAY_DATE + ", :likes, :comments"
                        + " FROM warmups w WHERE w.prospect_id = :prospect AND w.user_id = :user"
                        + " ON CONFLICT (prospect_id, day) DO UPDATE SET"
                        + " likes = greatest(warmup_days.likes, EXCLUDED.likes),"
                        + " comments = greatest(warmup_days.comments, EXCLUDED.comments)"
                        // the same report again writes nothing at all (not even an identical row version)
                        + " WHERE warmup_days.likes < EXCLUDED.likes OR warmup_days.comments < EXCLUDED.comments")
                .bind("prospect", prospect)
                .bind("user", user)
                .bind("tz", timezone)
                .bind("day", input.day())
                .bind("likes", input.likes())
                .bind("comments", input.comments())
                .then()
                .then(db.sql("""
                                UPDATE warmups w SET
                                    likes = t.likes, comments = t.comments,
                                    completed_at = CASE WHEN :completed THEN coalesce(w.completed_at, now()) ELSE w.completed_at END
                                FROM (SELECT coalesce(sum(d.likes), 0)::int AS likes, coalesce(sum(d.comments), 0)::int AS comments
                                      FROM warmup_days d WHERE d.prospect_id = :prospect) t,
                                     (SELECT completed_at FROM warmups WHERE prospect_id = :prospect) before
                                WHERE w.prospect_id = :prospect AND w.user_id = :user
                                  AND (w.likes <> t.likes OR w.comments <> t.comments
                                       OR (:completed AND w.completed_at IS NULL))
                                RETURNING before.completed_at IS NULL AND :completed AS newly_completed""")
                        .bind("prospect", prospect)
                        .bind("user", user)
                        .bind("completed", Boolean.TRUE.equals(input.completed()))
                        .map(row -> Boolean.TRUE.equals(row.get("newly_completed", Boolean.class)))
                        .one()
                        .defaultIfEmpty(false));
    }
}
