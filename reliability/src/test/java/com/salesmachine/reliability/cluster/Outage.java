package com.salesmachine.reliability.cluster;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Scenarios 3 and 4: a backing service goes away (and, for Upstash, then answers slowly) under load. During the
 * outage every call answers 2xx or 503 within {@link #MAX_MILLIS}; every instance's {@code /health} says DOWN
 * naming the component; afterwards the same processes serve 2xx again and nothing is half-written.
 */
final class Outage {

    /** "~2 s": the Upstash client's 2 s timeout (the pool's 2 s acquire for PostgreSQL) plus the way back. */
    static final long MAX_MILLIS = 3_000;
    static final Duration RECOVERY = Duration.ofSeconds(30);

    /** One step of the fault: what to do, then how long to keep it. */
    record Phase(String name, Runnable begin, Duration lasting) {
    }

    private Outage() {
    }

    static Result run(String name, String bar, String component, List<Phase> phases, Runnable restore,
                      Cluster cluster, Calls calls, MixedLoad load, Ledger ledger, String token) throws Exception {
        System.out.println("== " + name);
        Result.Builder result = new Result.Builder(name, bar);
        Map<String, Long> pids = new HashMap<>();
        cluster.instances.forEach(i -> pids.put(i.name(), i.pid()));
        calls.drain();
        load.start();
        AppInstance.sleep(3_000);
        Map<String, Calls> straight = new HashMap<>();
        cluster.instances.forEach(i -> straight.put(i.name(), new Calls(i.url(), Cluster.WEBHOOK_SECRET)));
        long outageStart = System.nanoTime();
        for (Phase phase : phases) {
            phase.begin().run();
            Map<String, Integer> downNamingComponent = new java.util.concurrent.ConcurrentHashMap<>();
            List<Calls.Outcome> direct = java.util.Collections.synchronizedList(new ArrayList<>());
            java.util.concurrent.atomic.AtomicLong slowestHealth = new java.util.concurrent.atomic.AtomicLong();
            long phaseEnd = System.nanoTime() + phase.lasting().toNanos();
            List<Thread> probes = new ArrayList<>();
            for (AppInstance instance : cluster.instances) { // in parallel: a slow phase allows few probes each
                probes.add(Thread.ofPlatform().start(() -> {
                    while (System.nanoTime() < phaseEnd) {
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> health = Calls.get(instance.url() + "/health", Duration.ofSeconds(10));
                            slowestHealth.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                            JsonNode body = Calls.JSON.readTree(health.body());
                            if (health.statusCode() == 503 && "DOWN".equals(body.path("status").asString())
                                    && "DOWN".equals(body.path("components").path(component).path("status").asString())) {
                                downNamingComponent.merge(instance.name(), 1, Integer::sum);
                            }
                        } catch (Exception e) {
                            slowestHealth.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                        }
                        // the instance itself, not the balancer (which answers 503 at once when every check fails)
                        direct.add(straight.get(instance.name()).user(token, "me", "{}").outcome());
                        AppInstance.sleep(300);
                    }
                }));
            }
            for (Thread probe : probes) {
                probe.join();
            }
            long maxHealthMillis = slowestHealth.get();
            result.note(phase.name() + ": /health 503 DOWN naming " + component + " on " + downNamingComponent
                    + ", slowest /health " + maxHealthMillis + " ms");
            for (AppInstance instance : cluster.instances) {
                if (!downNamingComponent.containsKey(instance.name())) {
                    result.violation(phase.name() + ": " + instance.name() + " never answered /health DOWN naming " + component);
                }
            }
            long directSlowest = direct.stream().mapToLong(Calls.Outcome::millis).max().orElse(0);
            List<Calls.Outcome> directWrong = direct.stream().filter(o -> o.millis() > MAX_MILLIS
                    || !(o.status() == 503 && "SERVICE_UNAVAILABLE".equals(o.errorCode()))).toList();
            result.note(phase.name() + ": " + direct.size() + " user calls (me) straight to the instances: "
                    + direct.stream().filter(o -> o.status() == 503).count() + " answered 503, slowest " + directSlowest + " ms");
            result.failures(directWrong, phase.name() + ": direct user calls not 503 within " + MAX_MILLIS + " ms");
            if (maxHealthMillis > MAX_MILLIS) {
                result.violation(phase.name() + ": /health took " + maxHealthMillis + " ms");
            }
        }
        restore.run();
        long restored = System.nanoTime();
        long recovered = awaitRecovery(cluster, calls);
        if (recovered < 0) {
            result.violation("not every instance healthy and routed within " + RECOVERY.toSeconds() + " s");
        } else {
            result.note("recovered (every instance /health 200 and UP in HAProxy) "
                    + (recovered - restored) / 1_000_000 + " ms after the service came back");
        }
        AppInstance.sleep(5_000);
        load.stop();
        cluster.instances.forEach(i -> {
            if (!i.isAlive() || i.pid() != pids.get(i.name())) {
                result.violation(i.name() + " was restarted or died");
            }
        });

        List<Calls.Outcome> outcomes = calls.drain();
        long settled = recovered < 0 ? Long.MAX_VALUE : recovered;
        List<Calls.Outcome> broken = new ArrayList<>();
        List<Calls.Outcome> slow = new ArrayList<>();
        long during = 0;
        long answered503 = 0;
        long slowest = 0;
        for (Calls.Outcome o : outcomes) {
            boolean inOutage = o.end() >= outageStart && o.start() <= settled;
            slowest = inOutage ? Math.max(slowest, o.millis()) : slowest;
            if (inOutage) {
                during++;
                answered503 += o.status() == 503 ? 1 : 0;
            }
            if (o.millis() > MAX_MILLIS) {
                slow.add(o);
                broken.add(o);
            } else if (!o.ok() && !(inOutage && o.status() == 503 && "SERVICE_UNAVAILABLE".equals(o.errorCode()))) {
                broken.add(o);
            }
        }
        result.note(outcomes.size() + " requests; " + during + " during the outage and recovery, " + answered503
                + " of them 503 SERVICE_UNAVAILABLE, slowest " + slowest + " ms");
        result.failures(broken.stream().filter(o -> !slow.contains(o)).toList(), "requests answered neither 2xx nor 503");
        result.violations(slow.stream().map(Calls.Outcome::toString).toList(), "requests slower than " + MAX_MILLIS + " ms");
        try (Connection db = cluster.sql()) {
            int connections = Consistency.connections(db);
            int ceiling = cluster.instances.size() * Cluster.POOL_MAX_SIZE + 1;
            result.note(connections + " connections to the database after recovery (pools hold at most " + ceiling + ")");
            if (connections > ceiling) {
                result.violation(connections + " database connections after recovery: a pool leaks");
            }
            result.violations(Consistency.lostWrites(db, ledger), "lost writes");
            result.violations(Consistency.halfWritten(db), "half-written rows");
        }
        return result.build(outcomes.size(), broken.size());
    }

    /** Time (nanoTime) when every instance is healthy, routed by HAProxy and a user call succeeds; -1 if never. */
    private static long awaitRecovery(Cluster cluster, Calls calls) {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        for (AppInstance instance : cluster.instances) {
            try {
                instance.awaitHealthy(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            } catch (IllegalStateException e) {
                return -1;
            }
            if (!cluster.balancer.awaitServer(instance.name(), "UP", Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))) {
                return -1;
            }
        }
        return System.nanoTime();
    }
}
