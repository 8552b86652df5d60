package com.salesmachine.prospects;

import com.salesmachine.activity.AuditTrail;
import com.salesmachine.campaigns.Campaigns;
import com.salesmachine.contract.prospects.BulkAssignProspectsInput;
import com.salesmachine.contract.prospects.BulkChangeResult;
import com.salesmachine.contract.prospects.BulkDeleteProspectsInput;
import com.salesmachine.contract.prospects.BulkSetProspectStatusInput;
import com.salesmachine.contract.prospects.BulkSetProspectVipInput;
import com.salesmachine.contract.prospects.ProspectSelection;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.platform.db.DbValues;
import com.salesmachine.platform.json.JsonCodec;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * bulkSetProspectStatus, bulkSetProspectVip, bulkAssignProspects, bulkDeleteProspects. Each action is ONE
 * set-based statement over the caller's rows ({@code WHERE p.user_id = :user AND <ids or filter>}), whatever the
 * number of rows, in one transaction with one audit entry (the count, and the ids or the filter) and, except for
 * erasure, one activity event. Rows already as asked are not touched and not counted.
 */
@Configuration(proxyBeanMethods = false)
class BulkActions {

    @Bean
    ApiFunction<BulkSetProspectStatusInput, BulkChangeResult> bulkSetProspectStatus(Bulk bulk) {
        return (input, caller) -> {
            String status = DbValues.text(input.status());
            return bulk.run(caller.requireUser(), input.selection(),
                    "UPDATE prospect_pipeline p SET status = :to, updated_at = now()", "p.status <> :to", Map.of("to", status),
                    "prospects.bulk_status_changed", Map.of("status", status),
                    n -> n + " prospect" + plural(n) + " set to " + status);
        };
    }

    @Bean
    ApiFunction<BulkSetProspectVipInput, BulkChangeResult> bulkSetProspectVip(Bulk bulk) {
        return (input, caller) -> {
            boolean vip = input.vip();
            String set = vip ? "UPDATE prospect_pipeline p SET is_vip = true, updated_at = now()"
                    : "UPDATE prospect_pipeline p SET is_vip = false, vip_reason = NULL, updated_at = now()";
            return bulk.run(caller.requireUser(), input.selection(), set, vip ? "NOT p.is_vip" : "p.is_vip", Map.of(),
                    vip ? "prospects.bulk_marked_vip" : "prospects.bulk_unmarked_vip", Map.of("vip", vip),
                    n -> n + " prospect" + plural(n) + (vip ? " marked VIP" : " no longer VIP"));
        };
    }

    @Bean
    ApiFunction<BulkAssignProspectsInput, BulkChangeResult> bulkAssignProspects(Bulk bulk, Campaigns campaigns) {
        return (input, caller) -> {
            UUID user = caller.requireUser();
            return campaigns.exists(user, input.campaignId())
                    .flatMap(exists -> exists ? Mono.<Void>empty() : Mono.error(ApiException.notFound("Campaign")))
                    .then(bulk.run(user, input.selection(),
                            "UPDATE prospect_pipeline p SET campaign_id = :to, updated_at = now()", "p.campaign_id IS DISTINCT FROM :to",
                            Map.of("to", input.campaignId()), "prospects.bulk_assigned",
                            Map.of("campaignId", input.campaignId().toString()),
                            n -> n + " prospect" + plural(n) + " assigned to a campaign"));
        };
    }

    @Bean
    ApiFunction<BulkDeleteProspectsInput, BulkChangeResult> bulkDeleteProspects(Bulk bulk) {
        return (input, caller) -> bulk.run(caller.requireUser(), input.selection(),
                "DELETE FROM prospect_facts f", null, Map.of(), "prospects.bulk_erased", Map.of(), null);
    }

    @Bean
    Bulk prospectBulk(DatabaseClient db, AuditTrail audit, ActivityLog activity, ErasedProspectCopies erasedCopies,
                      JsonCodec json, ReactiveTransactionManager transactions,
                      @Value("${sm.bulk.statement-timeout:120s}") Duration wholeFilterTimeout) {
        return new Bulk(db, audit, activity, erasedCopies, json, TransactionalOperator.create(transactions),
                wholeFilterTimeout);
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }

    /** A whole-filter action's work_mem (see {@link Bulk#run}). */
    static final String WHOLE_FILTER_WORK_MEM = "64MB";

    /** Runs one action: statement, audit, activity, in one transaction. */
    record Bulk(DatabaseClient db, AuditTrail audit, ActivityLog activity, ErasedProspectCopies erasedCopies, JsonCodec json,
                TransactionalOperator tx, Duration wholeFilterTimeout) {

        /**
         * @param head     {@code UPDATE prospect_pipeline p SET ...} or {@code DELETE FROM prospect_facts f} (a constant):
         *                 the pipeline state is the pipeline's (V118), so a status, VIP or campaign change writes those
         *                 narrow rows only; an erasure deletes the facts, and their pipeline rows go with them (a trigger)
         * @param notYet   the condition of a row the action would change (a constant), null for every row
         * @param summary  the activity event's text for n rows; null: no activity event (erasure leaves none)
         */
        Mono<BulkChangeResult> run(UUID user, ProspectSelection selection, String head, String notYet,
                                   Map<String, Object> values, String action, Map<String, Object> what,
                                   java.util.function.LongFunction<String> summary) {
            Map<String, Object> binds = new LinkedHashMap<>(values);
            boolean erasure = head.startsWith("DELETE");
            StringBuilder sql = new StringBuilder(head);
            if (erasure) {
                sql.append(" USING prospect_pipeline p\nWHERE p.user_id = :user AND f.user_id = p.user_id AND f.id = p.id");
            } else if (ProspectFilterSql.needsFacts(selection.filter())) {
                sql.append("\nFROM prospect_facts f\nWHERE p.user_id = :user AND f.user_id = p.user_id AND f.id = p.id");
            } else {
                sql.append("\nWHERE p.user_id = :user");
            }
            binds.put("user", user);
            Map<String, Object> details = new LinkedHashMap<>(what);
            if (selection.filter() != null) {
                ProspectFilterSql.append(sql, binds, selection.filter());
                details.put("filter", json.mapper().convertValue(selection.filter(), Map.class));
            } else {
                sql.append("\n  AND p.id = ANY(:ids)");
                UUID[] ids = selection.ids().stream().distinct().toArray(UUID[]::new);
                binds.put("ids", ids);
                details.put("ids", java.util.Arrays.stream(ids).map(UUID::toString).toList());
            }
            if (notYet != null) {
                sql.append("\n  AND ").append(notYet);
            }
            Mono<Long> changed = erasure ? erase(user, sql, binds)
                    : db.sql(sql.toString()).bindValues(binds).fetch().rowsUpdated();
            // A whole-filter action can change every prospect of a large account (200,000 rows), and an erasure of
            // them deletes every copy and row that refers to them: longer than the 15 s every statement gets on a busy
            // box. This transaction alone gets sm.bulk.statement-timeout, and work_mem enough to keep the week counts'
            // transition tables (200,000 old and new pipeline rows, ~45 MB) and their grouping in memory instead of
            // temporary files (set_config(..., true) is SET LOCAL: both end with the transaction). A list of ids
            // (<= 500) keeps the defaults.
            if (selection.filter() != null) {
                changed = db.sql("SELECT set_config('statement_timeout', :timeout, true), set_config('work_mem', '"
                                + WHOLE_FILTER_WORK_MEM + "', true)")
                        .bind("timeout", Long.toString(wholeFilterTimeout.toMillis()))
                        .fetch().rowsUpdated().then(changed);
            }
            return changed
                    .flatMap(n -> {
                        details.put("count", n);
                        Mono<Void> after = Mono.empty();
                        after = after.then(audit.userAction(user, action, "prospect", null, details));
                        if (summary != null && n > 0) {
                            after = after.then(activity.record(user, "prospects_bulk_changed", null, summary.apply(n)));
                        }
                        return after.thenReturn(new BulkChangeResult(Math.toIntExact(n)));
                    })
                    .as(tx::transactional);
        }

        /**
         * The erased ids never come to Java (a whole-filter erasure can be 200,000 of them): the DELETE writes them
         * into the transaction's temporary table {@link ErasedProspectCopies#ERASED_IDS} (dropped at commit or
         * rollback), from which integration forgets the copies, set-based, in the same transaction.
         */
        private Mono<Long> erase(UUID user, StringBuilder delete, Map<String, Object> binds) {
            return db.sql("CREATE TEMPORARY TABLE erased_prospect_ids (id text PRIMARY KEY) ON COMMIT DROP").then()
                    .then(db.sql("WITH erased AS (" + delete + "\nRETURNING p.id)\n"
                                    + "INSERT INTO erased_prospect_ids (id) SELECT id::text FROM erased")
                            .bindValues(binds).fetch().rowsUpdated())
                    .flatMap(n -> n == 0 ? Mono.just(0L) : erasedCopies.forgetErasedProspectsOf(user).thenReturn(n));
        }
    }
}
