package com.salesmachine.prospects;

import com.salesmachine.platform.db.UserRows;
import com.salesmachine.contract.integration.EnrichmentFields;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.platform.json.JsonCodec;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What other features need of the prospects and enrichments tables: summaries to show beside their own
 * rows, the status moves the workflow causes, the enrichment, counts, template values, and the GDPR
 * parts (saved_views included). Every statement is scoped by user unless it says otherwise.
 */
@Component
public class Prospects {

    private final DatabaseClient db;
    private final JsonCodec json;

    public Prospects(DatabaseClient db, JsonCodec json) {
        this.db = db;
        this.json = json;
    }

    /** The user's prospects among {@code ids}, by id (one statement; ids the user does not have are absent). */
    public Mono<Map<UUID, ProspectSummary>> summaries(UUID userId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT " + ProspectRows.SUMMARY_COLUMNS + " FROM prospects p"
                        + " WHERE p.user_id = :user AND p.id = ANY(:ids::uuid[])")
                .bind("user", userId)
                .bind("ids", texts(ids))
                .map(ProspectRows::summary)
                .all()
                .collectMap(ProspectSummary::id);
    }

    /** The same across users, for the cross-user outbox (the integration caller acts for every user). */
    public Mono<Map<UUID, ProspectSummary>> summariesOfAnyUser(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT " + ProspectRows.SUMMARY_COLUMNS + " FROM prospects p WHERE p.id = ANY(:ids::uuid[])")
                .bind("ids", texts(ids))
                .map(ProspectRows::summary)
                .all()
                .collectMap(ProspectSummary::id);
    }

    private static String[] texts(Collection<UUID> ids) {
        return ids.stream().distinct().map(UUID::toString).toArray(String[]::new);
    }

    /*
     * The status moves below are written against prospect_pipeline itself, with the current status in the WHERE: the
     * row is locked and re-read after a concurrent commit, so a move never overwrites a status another transaction
     * set meanwhile (a reply and a booked meeting arriving together). One statement each: the pipeline's move in a
     * data-modifying CTE, then the facts' timestamps.
     */

    /** A reply arrived: engaged only moves a prospect forward; later stages (qualified, meeting...) keep their status. */
    public Mono<Void> markEngaged(UUID userId, UUID prospectId, Instant receivedAt) {
        return db.sql("""
                        WITH moved AS (
                            UPDATE prospect_pipeline SET status = 'engaged', updated_at = now()
                            WHERE user_id = :user AND id = :prospect AND status IN ('new', 'contacted'))
                        UPDATE prospect_facts
                        SET last_replied_at = greatest(last_replied_at, :at), last_activity_at = now()
                        WHERE user_id = :user AND id = :prospect""")
                .bind("prospect", prospectId)
                .bind("user", userId)
                .bind("at", OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC))
                .then();
    }

    /** A meeting was booked: meeting_booked, unless the prospect is already past it or unsubscribed. */
    public Mono<Void> markMeetingBooked(UUID userId, UUID prospectId) {
        return db.sql("""
                        WITH moved AS (
                            UPDATE prospect_pipeline SET status = 'meeting_booked', updated_at = now()
                            WHERE user_id = :user AND id = :prospect
                              AND status NOT IN ('meeting_booked', 'meeting_completed', 'customer', 'unsubscribed'))
                        UPDATE prospect_facts SET last_activity_at = now()
                        WHERE user_id = :user AND id = :prospect""")
                .bind("prospect", prospectId)
                .bind("user", userId)
                .then();
    }

    /** A message reached the prospect at {@code at}: a new prospect becomes contacted. */
    public Mono<Void> markContacted(UUID userId, UUID prospectId, OffsetDateTime at) {
        return db.sql("""
                        WITH moved AS (
                            UPDATE prospect_pipeline SET status = 'contacted', updated_at = now()
                            WHERE user_id = :user AND id = :prospect AND status = 'new')
                        UPDATE prospect_facts SET last_contacted_at = :now, last_activity_at = :now
                        WHERE user_id = :user AND id = :prospect""")
                .bind("prospect", prospectId)
                .bind("user", userId)
                .bind("now", at)
                .then();
    }

    /** Something happened with the prospect (a warm-up step): only its last activity moves. */
    public Mono<Void> touch(UUID userId, UUID prospectId) {
        return db.sql("UPDATE prospect_facts SET last_activity_at = now() WHERE user_id = :user AND id = :prospect")
                .bind("prospect", prospectId)
                .bind("user", userId)
                .then();
    }

    /** Replaces the prospect's enrichment (one per prospect). */
    /** 0 when the stored enrichment already says exactly this (then nothing changed: no event). */
    public Mono<Long> storeEnrichment(UUID userId, UUID prospectId, EnrichmentFields e) {
        Map<String, Object> companyData = e.companyData() == null ? Map.of() : e.companyData();
        return db.sql("""
                        INSERT INTO enrichments (prospect_id, user_id, talking_points, pain_points, recent_activity,
                                                 tech_stack, company_data, confidence_score, personalization_score,
                                                 model, enriched_at)
                        VALUES (:prospect, :user, :talking, :pain, :recent, :tech, :company, :confidence,
                                :personalization, :model, now())
                        ON CONFLICT (prospect_id) DO UPDATE SET
                            talking_points = EXCLUDED.talking_points, pain_points = EXCLUDED.pain_points,
                            recent_activity = EXCLUDED.recent_activity, tech_stack = EXCLUDED.tech_stack,
                            company_data = EXCLUDED.company_data, confidence_score = EXCLUDED.confidence_score,
                            personalization_score = EXCLUDED.personalization_score, model = EXCLUDED.model,
                            enriched_at = now()
                        WHERE (enrichments.talking_points, enrichments.pain_points, enrichments.recent_activity,
                               enrichments.tech_stack, enrichments.company_data, enrichments.confidence_score,
                               enrichments.personalization_score, enrichments.model)
                              IS DISTINCT FROM
                              (EXCLUDED.talking_points, EXCLUDED.pain_points, EXCLUDED.recent_activity,
                               EXCLUDED.tech_stack, EXCLUDED.company_data, EXCLUDED.confidence_score,
                               EXCLUDED.personalization_score, EXCLUDED.model)""")
                .bind("prospect", prospectId)
                .bind("user", userId)
                .bind("talking", array(e.talkingPoints()))
                .bind("pain", array(e.painPoints()))
                .bind("tech", array(e.techStack()))
                .bind("recent", Parameter.fromOrEmpty(e.recentActivity(), String.class))
                .bind("company", Json.of(json.mapper().writeValueAsString(companyData)))
                .bind("confidence", Parameter.fromOrEmpty(e.confidenceScore(), Integer.class))
                .bind("personalization", Parameter.fromOrEmpty(e.personalizationScore(), Integer.class))
                .bind("model", Parameter.fromOrEmpty(e.model(), String.class))
                .fetch().rowsUpdated();
    }

    private static String[] array(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    /**
     * Prospect count per status (only statuses that occur); a null campaign counts every prospect. Summed from
     * {@code prospect_week_counts} (index-only, a few thousand entries for a 200,000-prospect user, where counting the
     * pipeline read every one of its rows: 60 ms p95 in bench/scale).
     */
    public Mono<Map<String, Integer>> countsByStatus(UUID userId, UUID campaignId) {
        return db.sql("""
                        SELECT status, sum(prospects) AS n FROM prospect_week_counts
                        WHERE user_id = :user AND (CAST(:campaign AS uuid) IS NULL OR campaign_id = :campaign)
                        GROUP BY status
                        HAVING sum(prospects) > 0""")
                .bind("user", userId)
                .bind("campaign", Parameter.fromOrEmpty(campaignId, UUID.class))
                .map(row -> Map.entry(row.get("status", String.class), Math.toIntExact(row.get("n", Long.class))))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
    }

    /** What a template may say about a prospect (its first talking and pain point). */
    public record TemplateFacts(String fullName, String jobTitle, String companyName, String location,
                                String talkingPoint, String painPoint, String recentActivity) {
    }

    /** Empty when the user has no such prospect. */
    public Mono<TemplateFacts> templateFacts(UUID userId, UUID prospectId) {
        return db.sql("""
                        SELECT p.full_name, p.job_title, p.company_name, p.location,
                               e.talking_points[1] AS talking_point, e.pain_points[1] AS pain_point, e.recent_activity
                        FROM prospects p
                        LEFT JOIN enrichments e ON e.prospect_id = p.id AND e.user_id = p.user_id
                        WHERE p.id = :prospect AND p.user_id = :user""")
                .bind("prospect", prospectId)
                .bind("user", userId)
                .map(row -> new TemplateFacts(row.get("full_name", String.class), row.get("job_title", String.class),
                        row.get("company_name", String.class), row.get("location", String.class),
                        row.get("talking_point", String.class), row.get("pain_point", String.class),
                        row.get("recent_activity", String.class)))
                .one();
    }

    /**
     * GDPR erasure (rule 7): deletes the prospect; its rows in every other table go with it (ON DELETE CASCADE), its
     * pipeline row included.
     */
    public Mono<Boolean> eraseFor(UUID userId, UUID prospectId) {
        return db.sql("DELETE FROM prospect_facts WHERE user_id = :user AND id = :id")
                .bind("id", prospectId)
                .bind("user", userId)
                .fetch().rowsUpdated()
                .map(deleted -> deleted > 0);
    }

    /**
     * GDPR export: every prospect of the user with its enrichment, oldest first, as contract-shaped JSON
     * without the lists and the warm-up (other owners' rows, added by the caller).
     */
    public Flux<Json> exportFor(UUID userId) {
        return UserRows.json(db, "SELECT jsonb_build_object(" + ProspectRows.SUMMARY_JSON + """
                        , 'location', p.location, 'vipReason', p.vip_reason, 'source', p.source,
                                   'enrichment', CASE WHEN e.prospect_id IS NOT NULL THEN jsonb_build_object(
                                       'talkingPoints', e.talking_points, 'painPoints', e.pain_points,
                                       'recentActivity', e.recent_activity, 'techStack', e.tech_stack,
                                       'companyData', e.company_data, 'confidenceScore', e.confidence_score,
                                       'personalizationScore', e.personalization_score, 'model', e.model,
                                       'enrichedAt', e.enriched_at) END)
                        FROM prospects p
                        LEFT JOIN enrichments e ON e.prospect_id = p.id AND e.user_id = p.user_id
                        WHERE p.user_id = :user
                        ORDER BY p.created_at, p.id""", userId);
    }

    /** GDPR export: the user's saved views of the list, by name (as listSavedViews), as contract-shaped JSON. */
    public Flux<Json> savedViewsFor(UUID userId) {
        return UserRows.json(db, """
                        SELECT jsonb_build_object('id', v.id, 'name', v.name, 'filter', v.filter, 'sort', v.sort,
                                   'createdAt', v.created_at)
                        FROM saved_views v
                        WHERE v.user_id = :user
                        ORDER BY lower(v.name), v.id""", userId);
    }

    /** Rows of the user in prospects, enrichments and saved_views together. */
    public Mono<Long> rowCount(UUID userId) {
        return UserRows.count(db, """
                        SELECT (SELECT count(*) FROM prospects WHERE user_id = :user)
                             + (SELECT count(*) FROM enrichments WHERE user_id = :user)
                             + (SELECT count(*) FROM saved_views WHERE user_id = :user)""", userId);
    }
}
