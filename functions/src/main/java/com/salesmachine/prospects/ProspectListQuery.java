package com.salesmachine.prospects;

import com.salesmachine.contract.prospects.ListProspectsInput;
import com.salesmachine.contract.prospects.ProspectSort;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.Cursor;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one SQL statement behind a page of listProspects. Only fixed clauses are appended (one per
 * filter the caller sent); every value, the search text included, is a bind parameter. Keyset
 * paging: the page after a cursor is the rows strictly "below" (sort key, id) of the last row seen,
 * so rows inserted meanwhile (newer, hence above) never shift a page.
 */
record ProspectListQuery(String sql, Map<String, Object> binds, int limit, ProspectSort sort) {

    static ProspectListQuery of(UUID userId, ListProspectsInput input) {
        ProspectSort sort = input.sort() == null ? ProspectSort.CREATED_DESC : input.sort();
        String sortColumn = sort == ProspectSort.CREATED_DESC ? "p.created_at" : "p.last_activity_at";
        int limit = Cursor.limit(input.limit());
        Cursor after = Cursor.decode(input.cursor());
        if (after != null && after.at() == null) {
            throw ApiException.validation("cursor", "is not a cursor this API issued");
        }

        Map<String, Object> binds = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(ProspectRows.SUMMARY_COLUMNS)
                .append("\nFROM prospects p\nWHERE p.user_id = :user");
        binds.put("user", userId);
        ProspectFilterSql.append(sql, binds, input.filter());
        if (after != null) {
            sql.append("\n  AND (").append(sortColumn).append(", p.id) < (:afterAt, :afterId)");
            binds.put("afterAt", after.at().atOffset(ZoneOffset.UTC));
            binds.put("afterId", after.id());
        }
        // each order is spelled exactly like its index (prospects_user_created_idx / _activity_idx,
        // NULLS placement included), so a page is read straight off the index, no sort
        String order = sort == ProspectSort.CREATED_DESC ? "p.created_at DESC, p.id DESC"
                : "p.last_activity_at DESC NULLS LAST, p.id DESC";
        sql.append("\nORDER BY ").append(order).append("\nLIMIT :fetch");
        // one row more than the page tells whether there is a next page, in the same statement
        binds.put("fetch", limit + 1);
        return new ProspectListQuery(sql.toString(), binds, limit, sort);
    }

    /** The user's text matches literally: LIKE's wildcards and the escape character lose their meaning. */
    static String escapeLike(String text) {
        return ProspectFilterSql.escapeLike(text);
    }
}
