package com.salesmachine.integration;

import com.salesmachine.contract.campaigns.IcpCriteria;
import com.salesmachine.contract.integration.ListWorkInput;
import com.salesmachine.contract.integration.ListWorkResult;
import com.salesmachine.contract.integration.WorkCampaign;
import com.salesmachine.contract.integration.WorkProspect;
import com.salesmachine.contract.integration.WorkWarmup;
import com.salesmachine.platform.json.JsonCodec;

import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * {@code listWork}: what the workflow engine has to do next, read-only (three statements, no delivery record:
 * reading twice is harmless). The engine needs it because it never reads the database: detection needs the active
 * campaigns and today's budget, enrichment the new prospects' ids, warm-up today's progress.
 */
@Component
class WorkList {

    /** Product rule 8: 20 detected prospects a day (no per-user setting exists yet). */
    static final int DAILY_DETECTION_LIMIT = 20;
    private static final int DEFAULT_LIMIT = 50;

    private final DatabaseClient db;
    private final JsonCodec json;

    WorkList(DatabaseClient db, JsonCodec json) {
        this.db = db;
        this.json = json;
    }

    Mono<ListWorkResult> list(ListWorkInput input) {
        int limit = input.limit() == null ? DEFAULT_LIMIT : input.limit();
        UUID user = input.userId();
        return Mono.zip(campaigns(user, limit), toEnrich(user, limit), toWarmUp(user, limit))
                .map(t -> new ListWorkResult(t.getT1(), t.getT2(), t.getT3()));
    }

    private Mono<List<WorkCampaign>> campaigns(UUID user, int limit) {
        String sql = """
                SELECT c.id, c.user_id, c.name, c.icp_criteria::text AS icp,
                       greatest(0, :daily - (SELECT count(*) FROM prospects p
                           WHERE p.user_id = c.user_id AND p.source = 'integration'
                             AND p.created_at >= (date_trunc('day', now() AT TIME ZONE u.timezone) AT TIME ZONE u.timezone)
                       ))::int AS remaining,
                       row_number() OVER (PARTITION BY c.user_id ORDER BY c.created_at, c.id)::int AS nth,
                       count(*) OVER (PARTITION BY c.user_id)::int AS of
                FROM campaigns c JOIN users u ON u.id = c.user_id
                WHERE c.status = 'active'""" + (user == null ? "" : " AND c.user_id = :user") + """

                ORDER BY c.created_at, c.id
                LIMIT :limit""";
        var spec = db.sql(sql).bind("daily", DAILY_DETECTION_LIMIT).bind("limit", limit);
        if (user != null) {
            spec = spec.bind("user", user);
        }
        return spec.map(this::campaign).all().collectList();
    }

    private WorkCampaign campaign(Readable row) {
        int remaining = row.get("remaining", Integer.class);
        int nth = row.get("nth", Integer.class);
        int of = row.get("of", Integer.class);
        // the user's budget shared out between their active campaigns; the earliest ones get the remainder
        int share = remaining / of + (nth <= remaining % of ? 1 : 0);
        IcpCriteria icp = json.mapper().readValue(row.get("icp", String.class), IcpCriteria.class);
        return new WorkCampaign(row.get("id", UUID.class), row.get("user_id", UUID.class), row.get("name", String.class),
                icp, share);
    }

    private Mono<List<WorkProspect>> toEnrich(UUID user, int limit) {
        String sql = """
                SELECT p.id, p.user_id, p.campaign_id, p.full_name, p.job_title, p.company_name, p.email,
                       p.linkedin_url, p.is_vip
                FROM prospects p
                WHERE p.status = 'new'
                  AND NOT EXISTS (SELECT 1 FROM enrichments e WHERE e.prospect_id = p.id)""" + (user == null ? "" : " AND p.user_id = :user") + """

                ORDER BY p.created_at, p.id
                LIMIT :limit""";
        var spec = db.sql(sql).bind("limit", limit);
        if (user != null) {
            spec = spec.bind("user", user);
        }
        return spec.map(row -> new WorkProspect(row.get("id", UUID.class), row.get("user_id", UUID.class),
                row.get("campaign_id", UUID.class), row.get("full_name", String.class), row.get("job_title", String.class),
                row.get("company_name", String.class), row.get("email", String.class), row.get("linkedin_url", String.class),
                Boolean.TRUE.equals(row.get("is_vip", Boolean.class)))).all().collectList();
    }

    private Mono<List<WorkWarmup>> toWarmUp(UUID user, int limit) {
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
