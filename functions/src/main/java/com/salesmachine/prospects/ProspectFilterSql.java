package com.salesmachine.prospects;

import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.prospects.ProspectFilter;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.db.DbValues;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The WHERE clauses of a {@link ProspectFilter} over {@code prospect_pipeline p} and {@code prospect_facts f} (V118):
 * shared by listProspects, its total, the bulk actions and the export, so "the prospects matching this filter" means
 * the same rows everywhere. The fields read the pipeline row (the title and channels through its mirror), except the
 * last-contacted range (the facts') and the created range, which reads the table whose index gives the newest-first
 * order ({@link #orderedByPipeline}): the pipeline has no created_at index of its own since V121, so without a
 * campaign, one status or VIP the range is the facts' ({@link #needsFacts}). Only fixed clauses are appended (one per
 * field the caller sent); every value is a bind parameter. The caller has already written
 * {@code WHERE p.user_id = :user} ({@code f.user_id} when it reads the facts first).
 */
final class ProspectFilterSql {

    private ProspectFilterSql() {
    }

    /**
     * A search's test on {@code prospect_search s} (V115: the user's rows with their {@code search_text}, kept by
     * triggers on prospects). {@code search_text} is folded (lower-case, unaccented) by {@code sm_search_fold}, and
     * {@code sm_search_pattern} folds the term the same way and escapes LIKE's wildcards after the folding (V116),
     * so a case- and accent-insensitive "contains" is a LIKE.
     */
    static final String SEARCH_MATCH = "s.search_text LIKE sm_search_pattern(:search)";

    /**
     * Appends one clause per field the filter sets.
     *
     * @return whether the filter is a search term and nothing else (read off what was appended, so a field added
     *     here counts without a second list): listProspects then reads the first page's matches from prospect_search
     */
    static boolean append(StringBuilder sql, Map<String, Object> binds, ProspectFilter filter) {
        return append(sql, binds, filter, false);
    }

    /**
     * As {@link #append(StringBuilder, Map, ProspectFilter)}, for a statement that reads the facts in index order and
     * each row's pipeline row after ({@link ProspectRows#FACTS_FIRST_FROM}) when {@code factsFirst}: the search, the
     * channel and the job title are then tested on the facts row, so a row that does not match is dropped before its
     * pipeline row is read (for a rare title, a walk of the facts instead of a primary-key probe per facts row).
     */
    static boolean append(StringBuilder sql, Map<String, Object> binds, ProspectFilter filter, boolean factsFirst) {
        if (filter == null) {
            return false;
        }
        int start = sql.length();
        int searchClause = 0;
        if (filter.campaignId() != null) {
            sql.append("\n  AND p.campaign_id = :campaign");
            binds.put("campaign", filter.campaignId());
        }
        String[] statuses = filter.status() == null ? new String[0]
                : filter.status().stream().map(DbValues::text).distinct().toArray(String[]::new);
        if (statuses.length == 1) {
            // equality, not ANY: only then can the page be read in order off prospects_user_status_created_title_idx
            sql.append("\n  AND p.status = :status");
            binds.put("status", statuses[0]);
        } else if (statuses.length > 1) {
            sql.append("\n  AND p.status = ANY(:statuses)");
            binds.put("statuses", statuses);
        }
        if (filter.vip() != null) {
            sql.append("\n  AND p.is_vip = :vip");
            binds.put("vip", filter.vip());
        }
        String search = filter.search() == null ? "" : filter.search().strip();
        if (!search.isEmpty()) {
            int at = sql.length();
            sql.append(factsFirst ? "\n  AND f.id" : "\n  AND p.id")
                    .append(" IN (SELECT s.id FROM prospect_search s WHERE s.user_id = :user AND ")
                    .append(SEARCH_MATCH).append(")");
            searchClause = sql.length() - at;
            binds.put("search", search);
        }
        // the channels and the title are tested on the pipeline's mirror of them (V118), or, reading the facts first,
        // on the facts themselves (the mirror's source): a row that does not match is then dropped before its
        // pipeline row is read
        if (filter.channel() == Channel.LINKEDIN) {
            sql.append(factsFirst ? "\n  AND f.linkedin_url IS NOT NULL" : "\n  AND p.has_linkedin");
        } else if (filter.channel() == Channel.EMAIL) {
            sql.append(factsFirst ? "\n  AND f.email IS NOT NULL" : "\n  AND p.has_email");
        }
        String jobTitle = filter.jobTitle() == null ? "" : filter.jobTitle().strip();
        if (!jobTitle.isEmpty()) {
            // ILIKE's matches (it lower-cases both sides alike), on the pipeline's lower(job_title) (V118's mirror),
            // which its status index carries: with a status the test reads the index entry. Read facts first, it is
            // ILIKE itself on the facts' column, which has statistics (lower(f.job_title) has none: the planner
            // guessed 8 rows of 12,499 for 'founder' and sorted a parallel scan of every facts row, 126 ms instead of
            // 1.3; psql, 1M database)
            sql.append(factsFirst ? "\n  AND f.job_title ILIKE '%' || :jobTitle || '%' ESCAPE '\\'"
                    : "\n  AND p.title_folded LIKE '%' || lower(:jobTitle) || '%' ESCAPE '\\'");
            binds.put("jobTitle", escapeLike(jobTitle));
        }
        range(sql, binds, orderedByPipeline(filter) ? "p.created_at" : "f.created_at", "created", filter.createdFrom(),
                filter.createdTo());
        range(sql, binds, "f.last_contacted_at", "lastContacted", filter.lastContactedFrom(), filter.lastContactedTo());
        return searchClause > 0 && sql.length() - start == searchClause;
    }

    /** Whether the filter's clauses name {@code f} (prospect_facts), which must then be joined. */
    static boolean needsFacts(ProspectFilter filter) {
        return filter != null && (filter.lastContactedFrom() != null || filter.lastContactedTo() != null
                || !orderedByPipeline(filter) && (filter.createdFrom() != null || filter.createdTo() != null));
    }

    /**
     * Whether the filter's rows come newest first off one of the pipeline's indexes: a campaign, one status or the
     * VIPs ({@code (user_id, campaign_id | status, created_at DESC, id DESC)}, the VIPs' partial index). Any other
     * filter is read newest first off the facts' {@code (user_id, created_at DESC, id DESC)} index, each row's pipeline
     * row by primary key. V121 dropped the pipeline's own created_at index, which every row of a bulk change wrote
     * once more (docs/api-campaigns.md, "The pipeline split").
     */
    static boolean orderedByPipeline(ProspectFilter filter) {
        return filter != null && (filter.campaignId() != null || Boolean.TRUE.equals(filter.vip())
                || filter.status() != null && filter.status().stream().distinct().count() == 1);
    }

    private static void range(StringBuilder sql, Map<String, Object> binds, String column, String name, Instant from,
                              Instant to) {
        if (from != null) {
            sql.append("\n  AND ").append(column).append(" >= :").append(name).append("From");
            binds.put(name + "From", utc(from, name + "From"));
        }
        if (to != null) {
            sql.append("\n  AND ").append(column).append(" < :").append(name).append("To");
            binds.put(name + "To", utc(to, name + "To"));
        }
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * The instant as a bind value; outside years 1-9999 (which JSON allows and PostgreSQL or java.time cannot take)
     * it is 422 on the field, never a 500.
     */
    static OffsetDateTime utc(Instant at, String field) {
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw ApiException.validation(field, "must be between years 1 and 9999");
        }
        return at.atOffset(ZoneOffset.UTC);
    }

    /** The user's text matches literally: LIKE's wildcards and the escape character lose their meaning. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
