package com.salesmachine.outreach;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Weekly counts over the conversation ({@code messages}, owned by outreach): per week (Monday, user's time zone)
 * the prospects written to and the prospects who answered, one grouped statement over (user_id, at).
 */
@Component
public class ReplyCounts {

    private final DatabaseClient db;

    public ReplyCounts(DatabaseClient db) {
        this.db = db;
    }

    /** {@code week} is null on the one row of a user without messages in the range (timezone and this week known). */
    public record Week(String timezone, LocalDate thisWeek, LocalDate week, long contacted, long replied) {
    }

    /** {@code timezone}: the user's IANA zone, which the caller asks account for (users is not this package's). */
    public Flux<Week> perWeek(UUID userId, String timezone, int weeks) {
        return db.sql("""
                        WITH me AS (
                            SELECT CAST(:user AS uuid) AS id, CAST(:tz AS text) AS timezone,
                                   date_trunc('week', now() AT TIME ZONE :tz)::date AS this_week,
                                   (date_trunc('week', now() AT TIME ZONE :tz) - (:weeks - 1) * interval '1 week')
                                       AT TIME ZONE :tz AS since),
                        counted AS (
                            SELECT date_trunc('week', m.at AT TIME ZONE me.timezone)::date AS week,
                                   count(DISTINCT m.prospect_id) FILTER (WHERE m.direction = 'outbound') AS contacted,
                                   count(DISTINCT m.prospect_id) FILTER (WHERE m.direction = 'inbound') AS replied
                            FROM messages m, me
                            WHERE m.user_id = me.id AND m.at >= me.since
                            GROUP BY 1)
                        SELECT me.timezone, me.this_week, counted.week, counted.contacted, counted.replied
                        FROM me LEFT JOIN counted ON true
                        ORDER BY counted.week""")
                .bind("user", userId)
                .bind("tz", timezone)
                .bind("weeks", weeks)
                .map(row -> new Week(row.get("timezone", String.class), row.get("this_week", LocalDate.class),
                        row.get("week", LocalDate.class), n(row.get("contacted", Long.class)), n(row.get("replied", Long.class))))
                .all();
    }

    private static long n(Long value) {
        return value == null ? 0 : value;
    }
}
