package com.salesmachine.reliability.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The load's accounts: users signed up through the balancer (real sessions in Upstash), each with prospects and
 * pending LinkedIn review items written by SQL (LinkedIn, so the outbox claims are not capped by rule 3).
 */
final class Seed {

    /** One load worker's own data: nobody else updates these prospects or decides these items. */
    record Worker(int index, String token, UUID userId, List<UUID> prospects, List<UUID> reviewItems,
                  List<UUID> enrichable) {
    }

    private Seed() {
    }

    static List<Worker> create(Calls calls, Cluster cluster, int users, int workersPerUser, int prospectsPerWorker,
                               int reviewItemsPerWorker) throws SQLException {
        List<Worker> workers = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Connection db = cluster.sql()) {
            for (int u = 0; u < users; u++) {
                String email = "rel-" + run + "-" + u + "@example.com";
                Calls.Answer signup = calls.anonymous("signup", Calls.json(Map.of("email", email,
                        "password", "Reliability-pass-1", "fullName", "Reliability " + u)));
                if (!signup.ok()) {
                    throw new IllegalStateException("signup failed: " + signup.outcome());
                }
                String token = signup.body().path("session").path("token").asString();
                UUID userId = UUID.fromString(signup.body().path("user").path("id").asString());
                for (int w = 0; w < workersPerUser; w++) {
                    int index = workers.size();
                    List<UUID> prospects = insertProspects(db, userId, run + "-w" + index, prospectsPerWorker);
                    List<UUID> items = insertReviewItems(db, userId, prospects.subList(0, reviewItemsPerWorker));
                    List<UUID> enrichable = prospects.subList(reviewItemsPerWorker, prospects.size());
                    workers.add(new Worker(index, token, userId, prospects, new ArrayList<>(items), enrichable));
                }
            }
        }
        return workers;
    }

    private static List<UUID> insertProspects(Connection db, UUID user, String tag, int count) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO prospect_facts (user_id, full_name, company_name, email, source)
                SELECT ?, 'Seed ' || g, 'Seed Co', 'seed-' || ? || '-' || g || '@example.com', 'manual'
                FROM generate_series(1, ?) g
                RETURNING id""")) {
            insert.setObject(1, user);
            insert.setString(2, tag);
            insert.setInt(3, count);
            return ids(insert);
        }
    }

    private static List<UUID> insertReviewItems(Connection db, UUID user, List<UUID> prospects) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO review_items (user_id, prospect_id, message_type, channel, proposed_message, confidence_score)
                SELECT ?, p, 'initial_outreach', 'linkedin', 'Hello from the reliability suite', 50
                FROM unnest(?::uuid[]) p
                RETURNING id""")) {
            insert.setObject(1, user);
            insert.setArray(2, db.createArrayOf("uuid", prospects.toArray()));
            return ids(insert);
        }
    }

    private static List<UUID> ids(PreparedStatement statement) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }
}
