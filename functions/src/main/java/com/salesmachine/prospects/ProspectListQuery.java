package com.salesmachine.prospects;

import com.salesmachine.contract.prospects.ListProspectsInput;
import com.salesmachine.contract.prospects.ProspectSort;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.db.Cursor;
import com.salesmachine.platform.db.DbValues;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one SQL statement behind a page of listProspects. Only fixed clauses are appended (one per
 * filter the caller sent); every value, the search text included, is a bind parameter. Keyset
 * paging: the page after a cursor is the rows strictly "below" (sort key, id) of the last row seen,
 * so rows inserted meanwhile (newer, hence above) never shift a page.
 */
record ProspectListQuery(String sql, Map<String, Object> binds, int limit, ProspectSort sort, boolean withTotal) {

    /** Beyond this many matching rows the total is "10,000+". */
    static final int TOTAL_CAP = 10_000;

    static ProspectListQuery of(UUID userId, ListProspectsInput input) {
        ProspectSort sort = input.sort() == null ? ProspectSort.CREATED_DESC : input.sort();
        boolean byCreated = sort == ProspectSort.CREATED_DESC;
        int limit = Cursor.limit(input.limit());
        Cursor after = Cursor.decode(input.cursor());
        if (after != null && after.at() == null) {
            throw ApiException.validation("cursor", "is not a cursor this API issued");
        }

        Map<String, Object> binds = new LinkedHashMap<>();
        StringBuilder filters = new StringBuilder();
        binds.put("user", userId);
        boolean searchOnly = ProspectFilterSql.append(filters, binds, input.filter());
        // the newest first is read off the pipeline's index of the campaign, the status or the VIPs when the filter
        // names one, else off the facts' (V121); the activity order off the facts' (V118); the total always counts the
        // pipeline (the facts only when the filter names them)
        boolean pipelineOrder = byCreated && ProspectFilterSql.orderedByPipeline(input.filter());
        String countFrom = "\nFROM " + ProspectRows.PIPELINE_FROM;
        // each order is spelled exactly like its index (prospects_user_created_idx, the pipeline's campaign / status /
        // VIP indexes, prospects_user_activity_idx, NULLS placement included), so a page is read straight off the
        // index, no sort
        String order = byCreated ? "created_at DESC, id DESC" : "last_activity_at DESC NULLS LAST, id DESC";
        String table = pipelineOrder ? "p." : "f.";
        String where = "\nWHERE p.user_id = :user" + filters;
        // the page's own clauses: read facts first, its search test is on the facts' id (the same binds)
        StringBuilder pageFilters = new StringBuilder();
        ProspectFilterSql.append(pageFilters, binds, input.filter(), !pipelineOrder);
        String pageWhere = "\n" + ProspectRows.fromUsersRows(pipelineOrder) + pageFilters;
        String sortColumn = table + (byCreated ? "created_at" : "last_activity_at");
        StringBuilder sql = new StringBuilder("SELECT ").append(ProspectRows.LIST_COLUMNS).append(pageWhere);
        if (after != null) {
            sql.append("\n  AND (").append(sortColumn).append(", ").append(table).append("id) < (:afterAt, :afterId)");
            binds.put("afterAt", ProspectFilterSql.utc(after.at(), "cursor"));
            binds.put("afterId", after.id());
        }
        String pageOrder = table + order.replace(", id", ", " + table + "id");
        sql.append("\nORDER BY ").append(pageOrder).append("\nLIMIT :fetch");
        // one row more than the page tells whether there is a next page, in the same statement
        binds.put("fetch", limit + 1);
        boolean withTotal = after == null;
        boolean searching = input.filter() != null && input.filter().search() != null
                && !input.filter().search().isBlank();
        if (withTotal && searchOnly && byCreated) {
            sql = searchOnlyFirstPage();
            binds.put("totalCap", TOTAL_CAP + 1);
        } else if (withTotal && searching) {
            // the matches carry the pipeline's created_at (the facts' equal copy), so their count needs no facts row
            sql = searchFirstPage(countFrom + where, pageWhere, order, byCreated ? "p.created_at" : sortColumn,
                    pageOrder);
            binds.put("totalCap", TOTAL_CAP + 1);
        } else if (withTotal) {
            // the first page also counts the filter's rows, in the same statement: at most TOTAL_CAP + 1 rows are
            // counted (a LIMIT inside), so the count costs what reading 10,001 index entries costs at worst.
            // LEFT JOIN from the count: an empty page still answers one row carrying the total.
            sql = new StringBuilder("WITH page AS (").append(sql).append("),\ntotal AS (SELECT count(*) AS total FROM (")
                    .append("SELECT 1").append(countFrom).append(where).append("\nLIMIT :totalCap) counted)")
                    .append("\nSELECT page.*, total.total FROM total LEFT JOIN page ON true\nORDER BY page.")
                    .append(order.replace(", id", ", page.id"));
            binds.put("totalCap", TOTAL_CAP + 1);
        }
        return new ProspectListQuery(sql.toString(), binds, limit, sort, withTotal);
    }

    /**
     * The first page of the search box alone (a term, no other filter, newest first): the matches and their order
     * come from {@code prospect_search} (V115), which holds the created_at the page is ordered by, so the total and
     * the page's ids read that narrow table only; the page's 51 rows are then read by primary key. Below
     * the cap the page is the first 51 matches in page order; at the cap (a frequent term) it is the first 51 of a
     * walk of the user's search entries in page order ({@code prospect_search_user_created_idx}, which carries the
     * text, so the walk is index-only). Each branch is gated on the count, so one runs. Measured: docs/schema.md.
     */
    private static StringBuilder searchOnlyFirstPage() {
        String matches = "\nFROM prospect_search s\nWHERE s.user_id = :user AND " + ProspectFilterSql.SEARCH_MATCH;
        String rows = "SELECT " + ProspectRows.LIST_COLUMNS + "\nFROM " + ProspectRows.PIPELINE_FROM;
        return new StringBuilder("WITH matched AS MATERIALIZED (SELECT s.id, s.created_at AS at").append(matches)
                .append("\nLIMIT :totalCap),")
                .append("\ntotal AS (SELECT count(*) AS total FROM matched),")
                .append("\npage AS (").append(rows)
                .append("\nWHERE p.user_id = :user AND (SELECT total.total FROM total) < :totalCap")
                .append("\n  AND p.id IN (SELECT m.id FROM matched m ORDER BY m.at DESC, m.id DESC LIMIT :fetch)")
                .append("\nUNION ALL\n").append(rows)
                .append("\nWHERE p.user_id = :user AND (SELECT total.total FROM total) >= :totalCap")
                .append("\n  AND p.id IN (SELECT s.id").append(matches)
                .append("\n    ORDER BY s.created_at DESC, s.id DESC LIMIT :fetch))")
                .append("\nSELECT page.*, total.total FROM total LEFT JOIN page ON true")
                .append("\nORDER BY page.created_at DESC, page.id DESC");
    }

    /**
     * The first page of a search with its total, reading the matches once. A search's matches come from the trigram
     * index, and a trigram index scan costs what the term's trigrams cost (their posting lists over every user), not
     * what the page needs; the page and the total each ran that scan. Here the (capped) matches are read once into
     * {@code matched} (ids and sort keys only); when they are fewer than the cap, the page is their first rows in
     * page order (the same rows, the same order); when the cap is reached, the page is read as on any other first
     * page (off the created_at/activity index, which finds 51 matches early when matches are that frequent). Each
     * branch is gated on the count (a one-time filter), so only one of them runs. Measured: docs/schema.md.
     *
     * @param countWhere the pipeline (with its facts) and the filter's WHERE
     * @param pageWhere  the page's FROM (by the sort) and the filter's WHERE
     */
    private static StringBuilder searchFirstPage(String countWhere, String pageWhere, String order, String matchedAt,
                                                 String pageOrder) {
        return new StringBuilder("WITH matched AS MATERIALIZED (SELECT p.id, ").append(matchedAt).append(" AS at")
                .append(countWhere).append("\nLIMIT :totalCap),")
                .append("\ntotal AS (SELECT count(*) AS total FROM matched),")
                .append("\npage AS (SELECT ").append(ProspectRows.LIST_COLUMNS)
                .append("\nFROM ").append(ProspectRows.PIPELINE_FROM)
                .append("\nWHERE p.user_id = :user AND (SELECT total.total FROM total) < :totalCap")
                .append("\n  AND p.id IN (SELECT m.id FROM matched m ORDER BY m.")
                .append(order.replaceFirst("^\\w+", "at").replace(", id", ", m.id")).append(" LIMIT :fetch)")
                .append("\nUNION ALL\n(SELECT ").append(ProspectRows.LIST_COLUMNS).append(pageWhere)
                .append("\n  AND (SELECT total.total FROM total) >= :totalCap")
                .append("\nORDER BY ").append(pageOrder).append("\nLIMIT :fetch))")
                .append("\nSELECT page.*, total.total FROM total LEFT JOIN page ON true\nORDER BY page.")
                .append(order.replace(", id", ", page.id"));
    }

    /** The user's text matches literally: LIKE's wildcards and the escape character lose their meaning. */
    static String escapeLike(String text) {
        return ProspectFilterSql.escapeLike(text);
    }
}
