package com.salesmachine.campaigns;

import com.salesmachine.contract.campaigns.IcpCriteria;
import com.salesmachine.contract.integration.WorkCampaign;
import com.salesmachine.platform.json.JsonCodec;

import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * listWork's detection part: the active campaigns and each one's share of its user's daily detection budget
 * (one read-only statement; reads prospects and users under a read grant, see TableOwners).
 */
@Component
public class DetectionWork {

    private final DatabaseClient db;
    private final JsonCodec json;

    DetectionWork(DatabaseClient db, JsonCodec json) {
        this.db = db;
        this.json = json;
    }

    public Mono<List<WorkCampaign>> activeForDetection(UUID user, int limit, int dailyLimit) {
        String sql = """
                SELECT c.id, c.user_id, c.name, c.icp_criteria::text AS icp,
                       greatest(0, :daily - (SELECT count(*) FROM prospects p
                           WHERE p.user_id = c.user_id AND p.source = 'integration'
                             AND p.created_at >= sm_local_day_start((now() AT TIME ZONE u.timezone)::date, u.timezone)
                       ))::int AS remaining,
                       row_number() OVER (PARTITION BY c.user_id ORDER BY c.created_at, c.id)::int AS nth,
                       count(*) OVER (PARTITION BY c.user_id)::int AS of
                FROM campaigns c JOIN users u ON u.id = c.user_id
                WHERE c.status = 'active'""" + (user == null ? "" : " AND c.user_id = :user") + """

                ORDER BY c.created_at, c.id
                LIMIT :limit""";
        var spec = db.sql(sql).bind("daily", dailyLimit).bind("limit", limit);
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

}
