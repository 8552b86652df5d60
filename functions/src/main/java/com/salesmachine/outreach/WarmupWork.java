package com.salesmachine.outreach;

import com.salesmachine.account.UserRules;
import com.salesmachine.contract.integration.WorkWarmup;
import com.salesmachine.platform.json.JsonCodec;

import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * listWork's warm-up part: unfinished warm-ups with today's totals in the user's timezone (one read-only
 * statement; reads prospects under a read grant and users under the outbox's, see TableOwners).
 */
@Component
public class WarmupWork {

    private final DatabaseClient db;
    private final JsonCodec json;

    WarmupWork(DatabaseClient db, JsonCodec json) {
        this.db = db;
        this.json = json;
    }

    public Mono<List<WorkWarmup>> warmupsDue(UUID user, int limit) {
        // today's warm-up day in the user's timezone: 1 on the start day (or when none started yet)
        String sql = """
                SELECT p.id, p.user_id, p.linkedin_url, u.settings::text AS settings,
                       coalesce(w.planned_days, 0) AS planned_days,
                       coalesce(w.connection_status, 'none') AS connection_status,
                       CASE WHEN w.prospect_id IS NULL THEN 1
                            ELSE ((now() AT TIME ZONE u.timezone)::date - (w.started_at AT TIME ZONE u.timezone)::date) + 1
                       END AS day,
                       coalesce(d.likes, 0) AS likes_today, coalesce(d.comments, 0) AS comments_today
                FROM prospects p
                JOIN users u ON u.id = p.user_id
                LEFT JOIN warmups w ON w.prospect_id = p.id
                LEFT JOIN warmup_days d ON d.prospect_id = p.id AND d.day = (now() AT TIME ZONE u.timezone)::date
                WHERE p.linkedin_url IS NOT NULL
                  AND p.status IN ('new', 'contacted')
                  AND (w.prospect_id IS NULL OR w.completed_at IS NULL)""" + (user == null ? "" : " AND p.user_id = :user") + """

                ORDER BY p.created_at, p.id
                LIMIT :limit""";
        var spec = db.sql(sql).bind("limit", limit);
        if (user != null) {
            spec = spec.bind("user", user);
        }
        return spec.map(this::warmup).all().collectList();
    }

    private WorkWarmup warmup(Readable row) {
        var settings = json.mapper().readTree(row.get("settings", String.class));
        int actionLimit = Math.min(settings.path("warmup").path("dailyActionLimit").asInt(UserRules.HARD_WARMUP_ACTION_CAP),
                UserRules.HARD_WARMUP_ACTION_CAP);
        int planned = ((Number) row.get("planned_days")).intValue();
        if (planned == 0) {
            planned = settings.path("warmup").path("minDays").asInt(7);
        }
        return new WorkWarmup(row.get("id", UUID.class), row.get("user_id", UUID.class), row.get("linkedin_url", String.class),
                ((Number) row.get("day")).intValue(), planned, ((Number) row.get("likes_today")).intValue(),
                ((Number) row.get("comments_today")).intValue(), actionLimit,
                row.get("connection_status", String.class));
    }
}
