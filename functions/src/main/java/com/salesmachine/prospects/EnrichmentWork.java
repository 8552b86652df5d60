package com.salesmachine.prospects;

import com.salesmachine.contract.integration.WorkProspect;

import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** listWork's enrichment part: new prospects that have no enrichment yet, oldest first. */
@Component
public class EnrichmentWork {

    private final DatabaseClient db;

    EnrichmentWork(DatabaseClient db) {
        this.db = db;
    }

    public Mono<List<WorkProspect>> awaitingEnrichment(UUID user, int limit) {
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

}
