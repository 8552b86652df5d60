package com.salesmachine.prospects;

import com.salesmachine.contract.prospects.ProspectStatus;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.platform.db.DbValues;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import reactor.core.publisher.Mono;

/** Updates of prospects by their seller, always scoped by user (inserts: {@link ProspectIntake}). */
final class ProspectWrites {

    private final DatabaseClient db;

    ProspectWrites(DatabaseClient db) {
        this.db = db;
    }

    record Editable(ProspectSummary summary, String vipReason) {
    }

    /** Locks the prospect for the rest of the transaction. */
    Mono<Editable> lock(UUID userId, UUID prospectId) {
        return db.sql("SELECT " + ProspectRows.SUMMARY_COLUMNS + ", p.vip_reason FROM prospects p"
                        + " WHERE p.user_id = :user AND p.id = :id FOR UPDATE")
                .bind("user", userId)
                .bind("id", prospectId)
                .map(row -> new Editable(ProspectRows.summary(row), row.get("vip_reason", String.class)))
                .one();
    }

    Mono<ProspectSummary> update(UUID userId, UUID prospectId, ProspectStatus status, boolean vip, String vipReason,
                                 UUID campaignId) {
        return db.sql("""
                        UPDATE prospects p
                        SET status = :status, is_vip = :vip, vip_reason = :vipReason, campaign_id = :campaign
                        WHERE p.user_id = :user AND p.id = :id
                        RETURNING\s""" + ProspectRows.SUMMARY_COLUMNS)
                .bind("user", userId)
                .bind("id", prospectId)
                .bind("status", DbValues.text(status))
                .bind("vip", vip)
                .bind("vipReason", Parameter.fromOrEmpty(vipReason, String.class))
                .bind("campaign", Parameter.fromOrEmpty(campaignId, UUID.class))
                .map(ProspectRows::summary)
                .one();
    }
}
