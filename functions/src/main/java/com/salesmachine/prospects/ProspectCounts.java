package com.salesmachine.prospects;

import com.salesmachine.contract.prospects.ProspectStatus;

import java.util.List;
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

    /** Per group (a campaign id or "none"; or "linkedin" / "email") and status, prospects created in [from, to). */
    public record GroupStage(String group, ProspectStatus status, long prospects) {
    }

    /** One grouped statement by campaign: {@code group} is the campaign id, or "none". */
    public Flux<GroupStage> perCampaignCreatedIn(UUID userId, java.time.Instant from, java.time.Instant to) {
        return db.sql("""
                        SELECT coalesce(campaign_id::text, 'none') AS grp, status, count(*) AS n
                        FROM prospects
                        WHERE user_id = :user
                          AND (CAST(:from AS timestamptz) IS NULL OR created_at >= :from)
                          AND (CAST(:to AS timestamptz) IS NULL OR created_at < :to)
                        GROUP BY 1, 2""")
                .bind("user", userId)
                .bind("from", Parameter.fromOrEmpty(from == null ? null : ProspectFilterSql.utc(from, "from"), java.time.OffsetDateTime.class))
                .bind("to", Parameter.fromOrEmpty(to == null ? null : ProspectFilterSql.utc(to, "to"), java.time.OffsetDateTime.class))
                .map(row -> new GroupStage(row.get("grp", String.class), ProspectRows.status(row.get("status", String.class)),
                        n(row.get("n", Long.class))))
                .all();
    }

    /** One grouped statement by channel reachability: a prospect with both a LinkedIn URL and an e-mail is in both. */
    public Flux<GroupStage> perChannelCreatedIn(UUID userId, java.time.Instant from, java.time.Instant to) {
        return db.sql("""
                        SELECT status, count(*) FILTER (WHERE linkedin_url IS NOT NULL) AS linkedin,
                               count(*) FILTER (WHERE email IS NOT NULL) AS email
                        FROM prospects
                        WHERE user_id = :user
                          AND (CAST(:from AS timestamptz) IS NULL OR created_at >= :from)
                          AND (CAST(:to AS timestamptz) IS NULL OR created_at < :to)
                        GROUP BY status""")
                .bind("user", userId)
                .bind("from", Parameter.fromOrEmpty(from == null ? null : ProspectFilterSql.utc(from, "from"), java.time.OffsetDateTime.class))
                .bind("to", Parameter.fromOrEmpty(to == null ? null : ProspectFilterSql.utc(to, "to"), java.time.OffsetDateTime.class))
                .map(row -> List.of(
                        new GroupStage("linkedin", ProspectRows.status(row.get("status", String.class)), n(row.get("linkedin", Long.class))),
                        new GroupStage("email", ProspectRows.status(row.get("status", String.class)), n(row.get("email", Long.class)))))
                .all()
                .flatMapIterable(pair -> pair);
    }
}
