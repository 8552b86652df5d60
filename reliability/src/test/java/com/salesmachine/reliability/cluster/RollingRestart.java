package com.salesmachine.reliability.cluster;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;

/**
 * Scenario 1: each instance in turn gets SIGTERM, exits, starts again, answers /health 200 and is back in the
 * balancer before the next one goes, all under continuous mixed load. Bar: no failed request, no lost write,
 * no session lost.
 */
final class RollingRestart {

    static final String NAME = "1 rolling restart";
    static final String BAR = "0 failed requests, 0 lost writes, sessions valid, exit 0 on SIGTERM";

    private RollingRestart() {
    }

    static Result run(Cluster cluster, Calls calls, MixedLoad load, Ledger ledger, List<Seed.Worker> workers)
            throws Exception {
        System.out.println("== " + NAME);
        Result.Builder result = new Result.Builder(NAME, BAR);
        calls.drain();
        load.start();
        AppInstance.sleep(5_000);
        for (AppInstance instance : cluster.instances) {
            long start = System.nanoTime();
            instance.terminate();
            int exit = instance.awaitExit(Duration.ofSeconds(40));
            long stopped = System.nanoTime();
            if (exit != 0) {
                result.violation(instance.name() + " exited with " + exit + " after SIGTERM");
            }
            cluster.restart(instance);
            result.note(String.format("%s: SIGTERM -> exit %d in %d ms, back UP in HAProxy %d ms later",
                    instance.name(), exit, (stopped - start) / 1_000_000, (System.nanoTime() - stopped) / 1_000_000));
        }
        AppInstance.sleep(5_000);
        load.stop();
        for (Seed.Worker w : workers) {
            calls.user(w.token(), "me", "{}");
        }
        List<Calls.Outcome> outcomes = calls.drain();
        List<Calls.Outcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        long unauthorized = failed.stream().filter(o -> o.status() == 401).count();
        result.note(outcomes.size() + " requests, " + ledger.acknowledgedWrites() + " acknowledged writes so far");
        result.failures(failed, "failed requests");
        if (unauthorized > 0) {
            result.violation(unauthorized + " answers 401: a session was not valid on some instance");
        }
        try (Connection db = cluster.sql()) {
            result.violations(Consistency.lostWrites(db, ledger), "lost writes");
            result.violations(Consistency.halfWritten(db), "half-written rows");
        }
        return result.build(outcomes.size(), failed.size());
    }
}
