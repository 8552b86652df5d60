package com.salesmachine.prospects;

import com.salesmachine.contract.prospects.ProspectStatus;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Counts of a user's prospects for other features (campaign figures): one statement, grouped on the server.
 * "Contacted" and "replied" are spelled like dashboardStats (a prospect that replied counts as contacted, so
 * replied / contacted never exceeds 1).
 */
@Component
public class ProspectCounts {

    private final DatabaseClient db;

    public ProspectCounts(DatabaseClient db) {
        this.db = db;
    }

    /** Per campaign and status, the prospects in it and how many of them were contacted and replied. */
    public record CampaignStage(UUID campaignId, ProspectStatus status, long prospects, long contacted, long replied) {
    }

    /** Every campaign of the user (campaign null) or one; only (campaign, status) pairs that occur. */
    public Flux<CampaignStage> perCampaignAndStatus(UUID userId, UUID campaignId) {
        return db.sql("""
                        SELECT campaign_id, status, count(*) AS n,
                               count(*) FILTER (WHERE last_contacted_at IS NOT NULL OR last_replied_at IS NOT NULL
                                   OR status NOT IN ('new', 'lost', 'nurture', 'unsubscribed')) AS contacted,
                               count(*) FILTER (WHERE last_replied_at IS NOT NULL) AS replied
                        FROM prospects
                        WHERE user_id = :user AND campaign_id IS NOT NULL
                          AND (CAST(:campaign AS uuid) IS NULL OR campaign_id = :campaign)
                        GROUP BY campaign_id, status""")
                .bind("user", userId)
                .bind("campaign", Parameter.fromOrEmpty(campaignId, UUID.class))
                .map(row -> new CampaignStage(row.get("campaign_id", UUID.class),
                        ProspectRows.status(row.get("status", String.class)), n(row.get("n", Long.class)),
                        n(row.get("contacted", Long.class)), n(row.get("replied", Long.class))))
                .all();
    }

    private static long n(Long value) {
        return value == null ? 0 : value;
    }
}
