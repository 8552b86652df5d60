package com.salesmachine.reliability.cluster;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** What the load was told: every acknowledged write, so the database can be checked against it afterwards. */
final class Ledger {

    /** The last update sent for a prospect and whether it was acknowledged. */
    record VipUpdate(boolean vip, boolean acknowledged) {
    }

    final Map<UUID, String> createdProspects = new ConcurrentHashMap<>();
    final Map<UUID, VipUpdate> vipUpdates = new ConcurrentHashMap<>();
    final Set<UUID> approved = ConcurrentHashMap.newKeySet();
    /** Approvals whose answer never came: committed or not, both are fine, but nothing in between. */
    final Set<UUID> approvalsInDoubt = ConcurrentHashMap.newKeySet();
    /** ingestProspects delivery id -> prospects created, as answered. */
    final Map<String, Integer> ingested = new ConcurrentHashMap<>();
    final Set<String> enriched = ConcurrentHashMap.newKeySet();
    /** Outbox message id -> how many claim answers handed it out. */
    final Map<UUID, Integer> claimed = new ConcurrentHashMap<>();
    final Set<UUID> reportedSent = ConcurrentHashMap.newKeySet();

    int acknowledgedWrites() {
        return createdProspects.size() + (int) vipUpdates.values().stream().filter(VipUpdate::acknowledged).count()
                + approved.size() + ingested.size() + enriched.size() + reportedSent.size();
    }
}
