package com.salesmachine.outreach;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Weekly counts over the conversation ({@code messages}, owned by outreach): per week (Monday, user's time zone)
 * the prospects written to and the prospects who answered, one grouped statement over the (user_id, at) index, which
 * carries direction and prospect_id (V111): messages go to their week by {@code width_bucket} over the weeks' first
 * instants, computed once in the zone, instead of converting every message's time to the zone.
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
                                   date_trunc('week', now() AT TIME ZONE :tz) AS this_week),
                        starts AS (  -- the weeks' first instants (Monday 00:00 in the zone), oldest first, then next week's
                            SELECT array_agg(sm_local_day_start((me.this_week - i * interval '1 week')::date,
                                                                me.timezone) ORDER BY i DESC) AS at
                            FROM me, generate_series(-1, :weeks - 1) AS i),
                        counted AS (  -- week n (1 = oldest): distinct prospects per direction
                            SELECT week_no, count(*) FILTER (WHERE direction = 'outbound') AS contacted,
                                   count(*) FILTER (WHERE direction = 'inbound') AS replied
                            FROM (SELECT DISTINCT width_bucket(m.at, starts.at) AS week_no, m.direction, m.prospect_id
                                  FROM messages m, me, starts
                                  WHERE m.user_id = me.id AND m.at >= starts.at[1] AND m.at < starts.at[:weeks + 1]) written
                            GROUP BY 1)
                        SELECT me.timezone, me.this_week::date AS this_week,
                               (me.this_week - (:weeks - counted.week_no) * interval '1 week')::date AS week,
                               counted.contacted, counted.replied
                        FROM me LEFT JOIN counted ON true
                        ORDER BY counted.week_no""")
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
