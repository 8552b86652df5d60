package com.salesmachine.prospects;

import com.salesmachine.contract.prospects.ListProspectsInput;
import com.salesmachine.contract.prospects.ProspectPage;
import com.salesmachine.contract.prospects.ProspectSort;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.contract.prospects.ProspectTotal;
import com.salesmachine.platform.db.Cursor;

import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** A page of a user's prospects (the first with the total for the filter): exactly one SQL statement. */
final class ProspectList {

    private final DatabaseClient db;

    ProspectList(DatabaseClient db) {
        this.db = db;
    }

    private record Row(ProspectSummary summary, Long total) {
    }

    Mono<ProspectPage> page(UUID userId, ListProspectsInput input) {
        return Mono.fromCallable(() -> ProspectListQuery.of(userId, input))
                .flatMap(query -> db.sql(query.sql())
                        .bindValues(query.binds())
                        .map(row -> new Row(row.get("id", UUID.class) == null ? null : ProspectRows.summary(row),
                                query.withTotal() ? row.get("total", Long.class) : null))
                        .all()
                        .collectList()
                        .map(rows -> page(rows, query)));
    }

    private static ProspectPage page(List<Row> found, ProspectListQuery query) {
        ProspectTotal total = null;
        if (query.withTotal()) {
            long n = found.isEmpty() || found.getFirst().total() == null ? 0 : found.getFirst().total();
            total = n > ProspectListQuery.TOTAL_CAP ? new ProspectTotal(ProspectListQuery.TOTAL_CAP, true)
                    : new ProspectTotal(Math.toIntExact(n), false);
        }
        List<ProspectSummary> rows = found.stream().map(Row::summary).filter(java.util.Objects::nonNull).toList();
        if (rows.size() <= query.limit()) {
            return new ProspectPage(rows, null, total);
        }
        List<ProspectSummary> items = rows.subList(0, query.limit());
        ProspectSummary last = items.getLast();
        var at = query.sort() == ProspectSort.CREATED_DESC ? last.createdAt() : last.lastActivityAt();
        return new ProspectPage(List.copyOf(items), new Cursor(at, last.id()).encode(), total);
    }
}
