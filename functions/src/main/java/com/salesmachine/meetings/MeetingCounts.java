package com.salesmachine.meetings;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** Meeting counts for other features: booked (not cancelled) per campaign, like the campaign_stats view. */
@Component
public class MeetingCounts {

    private final DatabaseClient db;

    public MeetingCounts(DatabaseClient db) {
        this.db = db;
    }

    public record PerCampaign(UUID campaignId, long count) {
    }

    public Flux<PerCampaign> bookedPerCampaign(UUID userId, UUID campaignId) {
        return db.sql("""
                        SELECT campaign_id, count(*) AS n FROM meetings
                        WHERE user_id = :user AND campaign_id IS NOT NULL AND status <> 'cancelled'
                          AND (CAST(:campaign AS uuid) IS NULL OR campaign_id = :campaign)
                        GROUP BY campaign_id""")
                .bind("user", userId)
                .bind("campaign", Parameter.fromOrEmpty(campaignId, UUID.class))
                .map(row -> new PerCampaign(row.get("campaign_id", UUID.class), row.get("n", Long.class)))
                .all();
    }
}
