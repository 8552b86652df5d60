package com.salesmachine.reliability.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The database against the ledger (no acknowledged write lost) and against itself (no decision or ingest
 * half-written). Each check is one SQL statement; a non-empty answer lists the problems.
 */
final class Consistency {

    private Consistency() {
    }

    /** Acknowledged writes missing or different in PostgreSQL. */
    static List<String> lostWrites(Connection db, Ledger ledger) throws SQLException {
        List<String> problems = new ArrayList<>();
        Map<UUID, String> emails = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT id, email FROM prospects WHERE id = ANY(?)")) {
            q.setArray(1, db.createArrayOf("uuid", ledger.createdProspects.keySet().toArray()));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    emails.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
        }
        ledger.createdProspects.forEach((id, email) -> {
            if (!email.equals(emails.get(id))) {
                problems.add("acknowledged createProspect " + id + " is not in prospects");
            }
        });
        Map<UUID, Boolean> vip = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT id, is_vip FROM prospects WHERE id = ANY(?)")) {
            q.setArray(1, db.createArrayOf("uuid", ledger.vipUpdates.keySet().toArray()));
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    vip.put(rows.getObject(1, UUID.class), rows.getBoolean(2));
                }
            }
        }
        ledger.vipUpdates.forEach((id, update) -> {
            if (update.acknowledged() && !Boolean.valueOf(update.vip()).equals(vip.get(id))) {
                problems.add("acknowledged updateProspect " + id + " isVip=" + update.vip() + " is not stored");
            }
        });
        try (PreparedStatement q = db.prepareStatement("""
                SELECT r.id FROM unnest(?::uuid[]) a(id) LEFT JOIN review_items r ON r.id = a.id
                WHERE r.status IS DISTINCT FROM 'approved'
                   OR (SELECT count(*) FROM outbound_messages o WHERE o.review_item_id = a.id) <> 1""")) {
            q.setArray(1, db.createArrayOf("uuid", ledger.approved.toArray()));
            problems.addAll(list(q, "acknowledged approveMessage not approved with one outbox row: "));
        }
        try (PreparedStatement q = db.prepareStatement("""
                SELECT a.id FROM unnest(?::text[]) a(id)
                LEFT JOIN integration_deliveries d ON d.delivery_id = a.id AND d.response_status = 200
                WHERE d.delivery_id IS NULL""")) {
            List<String> deliveries = new ArrayList<>(ledger.ingested.keySet());
            deliveries.addAll(ledger.enriched);
            q.setArray(1, db.createArrayOf("text", deliveries.toArray()));
            problems.addAll(list(q, "acknowledged integration delivery without its record: "));
        }
        return problems;
    }

    /** Rows that only make sense together, found apart. */
    static List<String> halfWritten(Connection db) throws SQLException {
        List<String> problems = new ArrayList<>();
        problems.addAll(list(db, """
                SELECT r.id FROM review_items r
                WHERE (r.status IN ('approved', 'edited'))
                      <> EXISTS (SELECT 1 FROM outbound_messages o WHERE o.review_item_id = r.id)""",
                "review item whose decision and outbox row disagree: "));
        problems.addAll(list(db, """
                SELECT r.id FROM review_items r
                WHERE r.status IN ('approved', 'edited')
                  AND NOT EXISTS (SELECT 1 FROM activity_events e WHERE e.prospect_id = r.prospect_id
                                  AND e.type IN ('message_approved', 'message_edited'))""",
                "decided review item without its activity event: "));
        problems.addAll(list(db, """
                SELECT coalesce(i.d, p.d) FROM
                  (SELECT delivery_id AS d, (response_body ->> 'created')::int AS n FROM integration_deliveries
                   WHERE function_name = 'ingestProspects' AND delivery_id LIKE 'ingest-%') i
                FULL JOIN
                  (SELECT substring(company_name FROM 7) AS d, count(*)::int AS n FROM prospects
                   WHERE company_name LIKE 'batch-ingest-%' GROUP BY 1) p USING (d)
                WHERE coalesce(i.n, 0) <> coalesce(p.n, 0)""",
                "ingest batch whose stored answer and prospects disagree: "));
        problems.addAll(list(db, """
                SELECT coalesce(d.delivery_id, r.proposed_message) FROM
                  (SELECT delivery_id FROM integration_deliveries
                   WHERE function_name = 'ingestEnrichment' AND delivery_id LIKE 'enrich-%') d
                FULL JOIN
                  (SELECT substring(proposed_message FROM 7) AS delivery_id, proposed_message, prospect_id
                   FROM review_items WHERE proposed_message LIKE 'draft-enrich-%') r USING (delivery_id)
                LEFT JOIN enrichments e ON e.prospect_id = r.prospect_id
                WHERE d.delivery_id IS NULL OR r.delivery_id IS NULL OR e.prospect_id IS NULL""",
                "enrichment delivery without its draft and enrichment (or the reverse): "));
        problems.addAll(list(db, """
                SELECT o.id FROM outbound_messages o
                WHERE (o.status = 'sent') <> EXISTS (SELECT 1 FROM messages m WHERE m.outbound_message_id = o.id)""",
                "outbox row whose sent state and conversation message disagree: "));
        return problems;
    }

    /** Sessions on the application database (the instances' pools plus this check's own). */
    static int connections(Connection db) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()");
             ResultSet row = q.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    private static List<String> list(Connection db, String sql, String prefix) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            return list(q, prefix);
        }
    }

    private static List<String> list(PreparedStatement q, String prefix) throws SQLException {
        List<String> found = new ArrayList<>();
        try (ResultSet rows = q.executeQuery()) {
            while (rows.next()) {
                found.add(prefix + rows.getString(1));
            }
        }
        return found;
    }
}
