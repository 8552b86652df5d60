package com.salesmachine.outreach;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Counts over the conversation ({@code messages}, owned by outreach) for other features. A message belongs to the
 * campaign its prospect is in now (messages carry no campaign), hence the join on the prospect's campaign.
 */
@Component
public class OutreachCounts {

    private final DatabaseClient db;

    public OutreachCounts(DatabaseClient db) {
        this.db = db;
    }

    public record PerCampaign(UUID campaignId, long count) {
    }

    /** Outbound messages (sent to a prospect) per campaign: every campaign of the user (campaign null) or one. */
    public Flux<PerCampaign> sentPerCampaign(UUID userId, UUID campaignId) {
        return db.sql("""
                        SELECT p.campaign_id, count(*) AS n
                        FROM messages m
                        JOIN prospects p ON p.user_id = m.user_id AND p.id = m.prospect_id
                        WHERE m.user_id = :user AND m.direction = 'outbound' AND p.campaign_id IS NOT NULL
                          AND (CAST(:campaign AS uuid) IS NULL OR p.campaign_id = :campaign)
                        GROUP BY p.campaign_id""")
                .bind("user", userId)
                .bind("campaign", Parameter.fromOrEmpty(campaignId, UUID.class))
                .map(row -> new PerCampaign(row.get("campaign_id", UUID.class), row.get("n", Long.class)))
                .all();
    }
}
