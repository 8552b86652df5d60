package com.salesmachine.prospects;

import com.salesmachine.contract.prospects.ProspectStatus;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Counts of a user's prospects for other features (campaign figures, the funnel): one statement each, summing
 * {@code prospect_week_counts} (V110, V118: prospects per campaign, UTC week and status, kept by statement-level
 * triggers on prospect_pipeline). "Contacted" and "replied" are spelled like dashboardStats (a prospect that replied
 * counts as contacted, so replied / contacted never exceeds 1: {@code sm_pipeline_contacted}).
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
                        SELECT campaign_id, status, sum(prospects) AS n, sum(contacted) AS contacted,
                               sum(replied) AS replied
                        FROM prospect_week_counts
                        WHERE user_id = :user AND campaign_id IS NOT NULL
                          AND (CAST(:campaign AS uuid) IS NULL OR campaign_id = :campaign)
                        GROUP BY campaign_id, status
                        HAVING sum(prospects) > 0""")
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

    /** Per group (a campaign id or "none"; or "linkedin" / "email") and status, a number of prospects. */
    public record GroupStage(String group, ProspectStatus status, long prospects) {
    }

    /** Prospects created in a range, per campaign ("none" without one) and status, and how many are reachable how. */
    public record CreatedCount(String campaign, ProspectStatus status, long prospects, long withLinkedin,
                               long withEmail) {
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);  // a Monday
    private static final LocalDate AFTER_LAST_DAY = LocalDate.of(9999, 12, 31);

    /**
     * The prospects created in [from, to) (either end open when null), per campaign and status: the whole UTC weeks
     * inside the range from {@code prospect_week_counts} (V118, kept by triggers on prospect_pipeline), the partial
     * weeks at its ends (under 7 days each) from prospect_pipeline itself, read index-only off its campaign index
     * (V121: {@code (user_id, campaign_id, created_at DESC, id DESC) INCLUDE (status, has_linkedin, has_email)}), one
     * range per campaign and end. The user's campaigns are the distinct campaigns of their week counts (every
     * pipeline row is counted there), found by a skip scan of the counts' key: one index probe per campaign. Off the
     * facts' created_at index instead, each row in the ends cost a probe of the pipeline's primary key (~3,000 for a
     * year's range of the largest bench user: 20 ms instead of 3). One statement.
     */
    public Flux<CreatedCount> createdIn(UUID userId, Instant from, Instant to) {
        OffsetDateTime start = from == null ? null : ProspectFilterSql.utc(from, "from");
        OffsetDateTime end = to == null ? null : ProspectFilterSql.utc(to, "to");
        // whole weeks [firstDay, endDay): the first Monday midnight at or after from, the last at or before to
        LocalDate firstDay = start == null ? FIRST_DAY : mondayAtOrAfter(start);
        LocalDate endDay = end == null ? AFTER_LAST_DAY
                : end.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        OffsetDateTime none = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime[] head = {none, none};
        OffsetDateTime[] tail = {none, none};
        if (!firstDay.isBefore(endDay)) {  // no whole week inside: the range is read from the pipeline alone
            head = new OffsetDateTime[] {start, end};
            firstDay = endDay;
        } else {
            if (start != null) {
                head = new OffsetDateTime[] {start, firstDay.atStartOfDay().atOffset(ZoneOffset.UTC)};
            }
            if (end != null) {
                tail = new OffsetDateTime[] {endDay.atStartOfDay().atOffset(ZoneOffset.UTC), end};
            }
        }
        return db.sql("""
                        WITH RECURSIVE campaign_ids AS (  -- the user's campaign ids, one probe of the counts' key each
                            (SELECT campaign_id AS id FROM prospect_week_counts
                             WHERE user_id = :user AND campaign_id IS NOT NULL ORDER BY campaign_id LIMIT 1)
                            UNION ALL
                            SELECT (SELECT c.campaign_id FROM prospect_week_counts c
                                    WHERE c.user_id = :user AND c.campaign_id > campaign_ids.id
                                    ORDER BY c.campaign_id LIMIT 1)
                            FROM campaign_ids WHERE campaign_ids.id IS NOT NULL),
                        ends AS (  -- the partial weeks, per campaign (and none) and end, index-only
                            SELECT e.* FROM campaign_ids CROSS JOIN LATERAL (
                                SELECT p.campaign_id, p.status, p.has_linkedin, p.has_email FROM prospect_pipeline p
                                WHERE p.user_id = :user AND p.campaign_id = campaign_ids.id
                                  AND p.created_at >= :headFrom AND p.created_at < :headTo
                                UNION ALL
                                SELECT p.campaign_id, p.status, p.has_linkedin, p.has_email FROM prospect_pipeline p
                                WHERE p.user_id = :user AND p.campaign_id = campaign_ids.id
                                  AND p.created_at >= :tailFrom AND p.created_at < :tailTo) e
                            WHERE campaign_ids.id IS NOT NULL
                            UNION ALL
                            SELECT p.campaign_id, p.status, p.has_linkedin, p.has_email FROM prospect_pipeline p
                            WHERE p.user_id = :user AND p.campaign_id IS NULL
                              AND p.created_at >= :headFrom AND p.created_at < :headTo
                            UNION ALL
                            SELECT p.campaign_id, p.status, p.has_linkedin, p.has_email FROM prospect_pipeline p
                            WHERE p.user_id = :user AND p.campaign_id IS NULL
                              AND p.created_at >= :tailFrom AND p.created_at < :tailTo)
                        SELECT coalesce(campaign_id::text, 'none') AS grp, status, n, li, em
                        FROM (SELECT campaign_id, status, sum(n) AS n, sum(li) AS li, sum(em) AS em
                              FROM (SELECT campaign_id, status, prospects AS n, with_linkedin AS li,
                                           with_email AS em
                                    FROM prospect_week_counts
                                    WHERE user_id = :user AND week >= :firstDay AND week < :endDay
                                    UNION ALL
                                    SELECT campaign_id, status, 1, has_linkedin::int, has_email::int
                                    FROM ends) counted
                              GROUP BY 1, 2) grouped""")
                .bind("user", userId)
                .bind("firstDay", firstDay)
                .bind("endDay", endDay)
                .bind("headFrom", head[0])
                .bind("headTo", head[1])
                .bind("tailFrom", tail[0])
                .bind("tailTo", tail[1])
                .map(row -> new CreatedCount(row.get("grp", String.class),
                        ProspectRows.status(row.get("status", String.class)), n(row.get("n", Long.class)),
                        n(row.get("li", Long.class)), n(row.get("em", Long.class))))
                .all();
    }

    /** The first Monday midnight (UTC) at or after {@code at}. */
    private static LocalDate mondayAtOrAfter(OffsetDateTime at) {
        LocalDate day = at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate() : at.toLocalDate().plusDays(1);
        return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }
}
