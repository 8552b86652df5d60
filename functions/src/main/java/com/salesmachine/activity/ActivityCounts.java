package com.salesmachine.activity;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Counts over {@code activity_events} (owned by this package) for the dashboard: events per calendar day in the
 * user's time zone (the caller asks account for it: users is not this package's table), one grouped statement
 * over the (user_id, at) index, from the start of the first day on.
 */
@Component
public class ActivityCounts {

    private final DatabaseClient db;

    public ActivityCounts(DatabaseClient db) {
        this.db = db;
    }

    /** {@code day} is null on the one row of a user without events in the range. */
    public record Day(String timezone, LocalDate today, LocalDate day, long count) {
    }

    /**
     * Days with at least one event among the last {@code days} (today included), oldest first. A user without events
     * answers one row with a null day, so the time zone (and today's date there) is always known.
     */
    public Flux<Day> perDay(UUID userId, String timezone, int days) {
        return db.sql("""
                        WITH me AS (
                            SELECT CAST(:user AS uuid) AS id, CAST(:tz AS text) AS timezone,
                                   (now() AT TIME ZONE :tz)::date AS today,
                                   ((now() AT TIME ZONE :tz)::date - (:days - 1))::timestamp AT TIME ZONE :tz AS since),
                        counted AS (
                            SELECT (e.at AT TIME ZONE me.timezone)::date AS day, count(*) AS n
                            FROM activity_events e, me
                            WHERE e.user_id = me.id AND e.at >= me.since
                            GROUP BY 1)
                        SELECT me.timezone, me.today, counted.day, counted.n
                        FROM me LEFT JOIN counted ON true
                        ORDER BY counted.day""")
                .bind("user", userId)
                .bind("tz", timezone)
                .bind("days", days)
                .map(row -> new Day(row.get("timezone", String.class), row.get("today", LocalDate.class),
                        row.get("day", LocalDate.class), row.get("n", Long.class) == null ? 0 : row.get("n", Long.class)))
                .all();
    }
}
