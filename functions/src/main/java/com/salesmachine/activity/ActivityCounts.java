package com.salesmachine.activity;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Counts over {@code activity_events} (owned by this package) for the dashboard: events per calendar day in the
 * user's time zone (the caller asks account for it: users is not this package's table), one grouped statement
 * over the (user_id, at) index, from the start of the first day on. Each event's day is found among the days' first
 * instants (computed once per call, in the time zone) by {@code width_bucket}, not by converting every event's
 * instant to local time: 19.6 -> 11.1 ms in PostgreSQL for the largest bench user's 29,000 events of 90 days
 * (docs/api-campaigns.md, "Analytics").
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
                            SELECT CAST(:tz AS text) AS timezone, (now() AT TIME ZONE :tz)::date AS today),
                        starts AS (  -- the first instant of each day, and of tomorrow (the end): V120
                            SELECT array_agg(sm_local_day_start(me.today + i, me.timezone) ORDER BY i) AS at
                            FROM me, generate_series(1 - CAST(:days AS int), 1) i),
                        counted AS (
                            -- the day's number (1 = the first) by a binary search of the starts: no time zone
                            -- conversion per event
                            SELECT width_bucket(e.at, s.at) AS k, count(*) AS n
                            FROM starts s, activity_events e
                            WHERE e.user_id = :user AND e.at >= s.at[1] AND e.at < s.at[CAST(:days AS int) + 1]
                            GROUP BY 1)
                        SELECT me.timezone, me.today, me.today - (CAST(:days AS int) - counted.k) AS day, counted.n
                        FROM me LEFT JOIN counted ON true
                        ORDER BY counted.k""")
                .bind("user", userId)
                .bind("tz", timezone)
                .bind("days", days)
                .map(row -> new Day(row.get("timezone", String.class), row.get("today", LocalDate.class),
                        row.get("day", LocalDate.class), row.get("n", Long.class) == null ? 0 : row.get("n", Long.class)))
                .all();
    }
}
