package com.salesmachine.reliability.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/**
 * Continuous mixed traffic through the balancer, bounded by a pause between calls: per worker (one seller)
 * reads and writes in a fixed cycle (me, createProspect, listProspects, updateProspect, getProspect,
 * approveMessage, dashboardStats, listReviewQueue), plus one workflow engine (ingestProspects, ingestEnrichment
 * with a draft, claimOutbound and reportDelivery for what it claimed). Every acknowledgement goes to the ledger.
 */
final class MixedLoad {

    private static final String[] CYCLE = {"me", "createProspect", "listProspects", "updateProspect", "getProspect",
            "approveMessage", "dashboardStats", "listReviewQueue"};

    private final Calls calls;
    private final List<Seed.Worker> workers;
    private final Ledger ledger;
    private final long pauseMillis;
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger enrichCursor = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private volatile boolean claiming = true;

    MixedLoad(Calls calls, List<Seed.Worker> workers, Ledger ledger, long pauseMillis) {
        this.calls = calls;
        this.workers = workers;
        this.ledger = ledger;
        this.pauseMillis = pauseMillis;
    }

    void start() {
        running = true;
        for (Seed.Worker worker : workers) {
            threads.add(Thread.ofPlatform().name("seller-" + worker.index()).start(() -> seller(worker)));
        }
        threads.add(Thread.ofPlatform().name("engine").start(this::engine));
    }

    void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    private void seller(Seed.Worker w) {
        int step = w.index(); // workers start at different places in the cycle
        while (running) {
            String function = CYCLE[step++ % CYCLE.length];
            UUID someProspect = w.prospects().get(Math.floorMod(step * 7919, w.prospects().size()));
            switch (function) {
                case "me", "dashboardStats" -> calls.user(w.token(), function, "{}");
                case "listProspects" -> calls.user(w.token(), function, "{\"limit\":20}");
                case "listReviewQueue" -> calls.user(w.token(), function, "{\"limit\":10}");
                case "getProspect" -> calls.user(w.token(), function, Calls.json(Map.of("id", someProspect)));
                case "createProspect" -> createProspect(w);
                case "updateProspect" -> updateProspect(w, someProspect);
                case "approveMessage" -> approve(w);
                default -> throw new IllegalStateException(function);
            }
            AppInstance.sleep(pauseMillis);
        }
    }

    private void createProspect(Seed.Worker w) {
        String email = "created-" + w.index() + "-" + sequence.incrementAndGet() + "-" + UUID.randomUUID() + "@example.com";
        Calls.Answer a = calls.user(w.token(), "createProspect", Calls.json(Map.of("fullName", "Created Prospect",
                "companyName", "Load Co", "email", email)));
        if (a.ok()) {
            ledger.createdProspects.put(UUID.fromString(a.body().path("id").asString()), email);
        }
    }

    private void updateProspect(Seed.Worker w, UUID prospect) {
        Ledger.VipUpdate last = ledger.vipUpdates.get(prospect);
        boolean vip = last == null || !last.vip();
        ledger.vipUpdates.put(prospect, new Ledger.VipUpdate(vip, false));
        Calls.Answer a = calls.user(w.token(), "updateProspect", Calls.json(vip
                ? Map.of("id", prospect, "isVip", true, "vipReason", "load")
                : Map.of("id", prospect, "isVip", false)));
        if (a.ok()) {
            ledger.vipUpdates.put(prospect, new Ledger.VipUpdate(vip, true));
        }
    }

    private void approve(Seed.Worker w) {
        if (w.reviewItems().isEmpty()) {
            return;
        }
        UUID item = w.reviewItems().removeLast();
        Calls.Answer a = calls.user(w.token(), "approveMessage", Calls.json(Map.of("id", item)));
        if (a.ok()) {
            ledger.approved.add(item);
        } else {
            ledger.approvalsInDoubt.add(item);
        }
    }

    private void engine() {
        Seed.Worker owner = workers.getFirst();
        while (running) {
            String delivery = "ingest-" + UUID.randomUUID();
            List<Map<String, String>> batch = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                batch.add(Map.of("fullName", "Ingested " + i, "companyName", "batch-" + delivery,
                        "email", delivery + "-" + i + "@example.com"));
            }
            Calls.Answer ingest = calls.signed("ingestProspects",
                    Calls.json(Map.of("userId", owner.userId(), "prospects", batch)), delivery);
            if (ingest.ok()) {
                ledger.ingested.put(delivery, ingest.body().path("created").asInt());
            }
            enrich();
            if (claiming) {
                claimAndReport(10);
            }
            AppInstance.sleep(pauseMillis * 2);
        }
    }

    private void enrich() {
        Seed.Worker w = workers.get(Math.floorMod(enrichCursor.get(), workers.size()));
        int index = enrichCursor.getAndIncrement() / workers.size();
        if (index >= w.enrichable().size()) {
            return;
        }
        String delivery = "enrich-" + UUID.randomUUID();
        String body = Calls.json(Map.of("userId", w.userId(), "prospectId", w.enrichable().get(index),
                "enrichment", Map.of("talkingPoints", List.of("reliability"), "confidenceScore", 50, "model", "rel"),
                "draft", Map.of("messageType", "initial_outreach", "channel", "linkedin",
                        "message", "draft-" + delivery, "confidenceScore", 50, "reasoning", "reliability suite")));
        if (calls.signed("ingestEnrichment", body, delivery).ok()) {
            ledger.enriched.add(delivery);
        }
    }

    /** Holds the engine's claims (approvals pile up in the outbox meanwhile) or lets them run again. */
    void claiming(boolean on) {
        claiming = on;
    }

    /** Claims up to {@code limit} messages and reports each one sent; the ids claimed. */
    List<UUID> claimAndReport(int limit) {
        List<UUID> ids = claim(limit);
        ids.forEach(this::reportSent);
        return ids;
    }

    void reportSent(UUID id) {
        if (calls.signed("reportDelivery", Calls.json(Map.of("messageId", id, "status", "sent",
                "externalId", "ext-" + id))).ok()) {
            ledger.reportedSent.add(id);
        }
    }

    /** Claims without reporting: a worker of the engine that dies with what it holds. */
    List<UUID> claim(int limit) {
        Calls.Answer claim = calls.signed("claimOutbound", "{\"limit\":" + limit + "}");
        List<UUID> ids = new ArrayList<>();
        if (claim.ok()) {
            for (JsonNode item : claim.body().path("items")) {
                UUID id = UUID.fromString(item.path("messageId").asString());
                ledger.claimed.merge(id, 1, Integer::sum);
                ids.add(id);
            }
        }
        return ids;
    }
}
