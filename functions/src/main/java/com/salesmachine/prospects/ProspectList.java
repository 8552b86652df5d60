package com.salesmachine.prospects;

import com.salesmachine.contract.common.Page;
import com.salesmachine.contract.prospects.ListProspectsInput;
import com.salesmachine.contract.prospects.ProspectSort;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.platform.db.Cursor;

import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** A page of a user's prospects: exactly one SQL statement, whatever the filters. */
final class ProspectList {

    private final DatabaseClient db;

    ProspectList(DatabaseClient db) {
        this.db = db;
    }

    Mono<Page<ProspectSummary>> page(UUID userId, ListProspectsInput input) {
        return Mono.fromCallable(() -> ProspectListQuery.of(userId, input))
                .flatMap(query -> db.sql(query.sql())
                        .bindValues(query.binds())
                        .map(ProspectRows::summary)
                        .all()
                        .collectList()
                        .map(rows -> page(rows, query)));
    }

    private static Page<ProspectSummary> page(List<ProspectSummary> rows, ProspectListQuery query) {
        if (rows.size() <= query.limit()) {
            return new Page<>(rows, null);
        }
        List<ProspectSummary> items = rows.subList(0, query.limit());
        ProspectSummary last = items.getLast();
        var at = query.sort() == ProspectSort.CREATED_DESC ? last.createdAt() : last.lastActivityAt();
        return new Page<>(List.copyOf(items), new Cursor(at, last.id()).encode());
    }
}
