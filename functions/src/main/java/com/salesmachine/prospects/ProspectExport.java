package com.salesmachine.prospects;

import com.salesmachine.contract.prospects.ExportProspectsInput;
import com.salesmachine.contract.prospects.ExportProspectsPage;
import com.salesmachine.contract.prospects.ImportRow;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.platform.db.Cursor;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * exportProspects: the selection (ids or the list filter, the same {@link ProspectFilterSql} as listProspects and the
 * bulk actions) page by page, one statement per page (keyset on created_at, id), in the columns importProspects
 * reads. The browser asks for the pages one after the other and writes the CSV as they come.
 */
@Configuration(proxyBeanMethods = false)
class ProspectExport {

    static final int DEFAULT_LIMIT = 500;

    @Bean
    ApiFunction<ExportProspectsInput, ExportProspectsPage> exportProspects(DatabaseClient db) {
        return (input, caller) -> {
            UUID user = caller.requireUser();
            int limit = input.limit() == null ? DEFAULT_LIMIT : input.limit();
            Cursor after = Cursor.decode(input.cursor());
            if (after != null && after.at() == null) {
                throw ApiException.validation("cursor", "is not a cursor this API issued");
            }
            Map<String, Object> binds = new LinkedHashMap<>();
            // newest first off the index listProspects reads for the same filter (ProspectFilterSql.orderedByPipeline)
            // (a list of ids: their pipeline rows by key, then sorted)
            boolean pipelineOrder = input.selection().filter() == null
                    || ProspectFilterSql.orderedByPipeline(input.selection().filter());
            String t = pipelineOrder ? "p" : "f";
            StringBuilder sql = new StringBuilder("""
                    SELECT p.id, p.created_at, f.full_name, f.company_name, f.job_title, f.email, f.linkedin_url,
                           f.location, p.status, p.is_vip, p.vip_reason
                    """ + ProspectRows.fromUsersRows(pipelineOrder));
            binds.put("user", user);
            if (input.selection().filter() != null) {
                ProspectFilterSql.append(sql, binds, input.selection().filter(), !pipelineOrder);
            } else {
                sql.append("\n  AND p.id = ANY(:ids)");
                binds.put("ids", input.selection().ids().stream().distinct().toArray(UUID[]::new));
            }
            if (after != null) {
                sql.append("\n  AND (").append(t).append(".created_at, ").append(t).append(".id) < (:afterAt, :afterId)");
                binds.put("afterAt", ProspectFilterSql.utc(after.at(), "cursor"));
                binds.put("afterId", after.id());
            }
            sql.append("\nORDER BY ").append(t).append(".created_at DESC, ").append(t).append(".id DESC\nLIMIT :fetch");
            binds.put("fetch", limit + 1);
            return db.sql(sql.toString()).bindValues(binds)
                    .map(row -> new Exported(row.get("id", UUID.class), row.get("created_at", OffsetDateTime.class).toInstant(),
                            new ImportRow(row.get("full_name", String.class), row.get("company_name", String.class),
                                    row.get("job_title", String.class), row.get("email", String.class),
                                    row.get("linkedin_url", String.class), row.get("location", String.class),
                                    row.get("status", String.class),
                                    String.valueOf(Boolean.TRUE.equals(row.get("is_vip", Boolean.class))),
                                    row.get("vip_reason", String.class))))
                    .all()
                    .collectList()
                    .map(rows -> {
                        List<ImportRow> items = new ArrayList<>();
                        for (int i = 0; i < Math.min(limit, rows.size()); i++) {
                            items.add(rows.get(i).row());
                        }
                        if (rows.size() <= limit) {
                            return new ExportProspectsPage(items, null);
                        }
                        Exported last = rows.get(limit - 1);
                        return new ExportProspectsPage(items, new Cursor(last.createdAt(), last.id()).encode());
                    });
        };
    }

    private record Exported(UUID id, Instant createdAt, ImportRow row) {
    }
}
