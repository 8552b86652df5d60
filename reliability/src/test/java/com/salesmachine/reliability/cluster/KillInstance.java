package com.salesmachine.reliability.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Scenario 2: SIGKILL of one instance under load. Only requests on the wire at that instant may fail; the
 * balancer's checks take the instance out; nothing is half-written. Outbox leases: a batch claimed just before
 * the crash by an engine worker that died with it is never reported; once its 5-minute lease has run out (the
 * suite moves those leases 5 minutes into the past instead of waiting) the messages are claimed again and sent,
 * each exactly once.
 */
final class KillInstance {

    static final String NAME = "2 kill -9 one instance";
    static final String BAR = "failures only among requests in flight at the kill, taken out by checks, "
            + "no half-written rows, expired leases re-claimed";

    private KillInstance() {
    }

    static Result run(Cluster cluster, Calls calls, MixedLoad load, Ledger ledger) throws Exception {
        System.out.println("== " + NAME);
        Result.Builder result = new Result.Builder(NAME, BAR);
        AppInstance victim = cluster.instances.get(1);
        calls.drain();
        load.start();
        load.claiming(false);
        AppInstance.sleep(4_000); // approvals pile up in the outbox
        List<UUID> abandoned = load.claim(30);
        load.claiming(true);
        AppInstance.sleep(1_000);
        int inFlight = calls.inFlight();
        long killedAt = System.nanoTime();
        victim.kill();
        victim.awaitExit(Duration.ofSeconds(10));
        long diedAt = System.nanoTime(); // a request that reached the instance before this may be lost with it
        boolean out = cluster.balancer.awaitServer(victim.name(), "DOWN", Duration.ofSeconds(15));
        long outAfter = (System.nanoTime() - killedAt) / 1_000_000;
        if (!out) {
            result.violation("HAProxy did not mark " + victim.name() + " DOWN within 15 s");
        }
        result.note(victim.name() + " killed (SIGKILL to process gone " + (diedAt - killedAt) / 1_000_000 + " ms) with "
                + inFlight + " requests in flight on all instances; HAProxy marked it DOWN " + outAfter + " ms after the kill");
        AppInstance.sleep(10_000);
        load.stop();
        cluster.restart(victim); // after the measured window: a JVM starting is a CPU burst the survivors would feel

        List<Calls.Outcome> outcomes = calls.drain();
        List<Calls.Outcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        long onWire = outcomes.stream().filter(o -> o.start() <= diedAt && o.end() >= killedAt).count();
        List<Calls.Outcome> inFlightAtKill = failed.stream().filter(o -> o.start() <= diedAt && o.end() >= killedAt).toList();
        List<Calls.Outcome> otherFailures = failed.stream().filter(o -> !inFlightAtKill.contains(o)).toList();
        result.note(outcomes.size() + " requests; " + failed.size() + " failed, all of them on the wire while the instance"
                + " died? " + otherFailures.isEmpty() + " (" + inFlightAtKill.size() + " of the " + onWire
                + " requests on the wire to all instances then) " + inFlightAtKill);
        result.failures(otherFailures, "failures of requests not in flight at the kill");
        try (Connection db = cluster.sql()) {
            result.violations(Consistency.lostWrites(db, ledger), "lost writes");
            result.violations(Consistency.halfWritten(db), "half-written rows");
            leases(db, load, ledger, abandoned, result);
        }
        return result.build(outcomes.size(), failed.size());
    }

    private static void leases(Connection db, MixedLoad load, Ledger ledger, List<UUID> abandoned, Result.Builder result)
            throws Exception {
        if (abandoned.isEmpty()) {
            result.violation("the abandoned claim got no messages: nothing to check the leases with");
            return;
        }
        List<UUID> early = load.claim(100);
        Set<UUID> tooEarly = new HashSet<>(early);
        tooEarly.retainAll(abandoned);
        if (!tooEarly.isEmpty()) {
            result.violation(tooEarly.size() + " abandoned messages handed out again while their lease was held");
        }
        reportSent(load, early);
        try (PreparedStatement expire = db.prepareStatement("""
                UPDATE outbound_messages SET lease_expires_at = lease_expires_at - interval '5 minutes',
                                             claimed_at = claimed_at - interval '5 minutes'
                WHERE status = 'sending'""")) {
            result.note(expire.executeUpdate() + " leases still held, moved 5 minutes into the past ("
                    + abandoned.size() + " abandoned on purpose)");
        }
        Set<UUID> reclaimed = new HashSet<>();
        for (int round = 0; round < 50; round++) {
            List<UUID> batch = load.claimAndReport(100);
            if (batch.isEmpty()) {
                break;
            }
            reclaimed.addAll(batch);
        }
        List<UUID> notReclaimed = new ArrayList<>(abandoned);
        notReclaimed.removeAll(reclaimed);
        result.violations(notReclaimed.stream().map(UUID::toString).toList(), "abandoned messages not claimed again");
        try (PreparedStatement q = db.prepareStatement("""
                SELECT count(*) FILTER (WHERE status = 'sending'),
                       count(*) FILTER (WHERE id = ANY(?::uuid[]) AND status = 'sent' AND attempts = 2),
                       count(*) FILTER (WHERE status = 'sent'
                                        AND (SELECT count(*) FROM messages m WHERE m.outbound_message_id = o.id) <> 1)
                FROM outbound_messages o""")) {
            q.setArray(1, db.createArrayOf("uuid", abandoned.toArray()));
            try (ResultSet row = q.executeQuery()) {
                row.next();
                result.note(abandoned.size() + " abandoned leases expired and were claimed again: "
                        + row.getInt(2) + " sent on attempt 2; " + row.getInt(1) + " messages left 'sending'");
                if (row.getInt(1) != 0) {
                    result.violation(row.getInt(1) + " messages still 'sending' after claiming until dry");
                }
                if (row.getInt(2) != abandoned.size()) {
                    result.violation("only " + row.getInt(2) + " of " + abandoned.size() + " abandoned messages sent on attempt 2");
                }
                if (row.getInt(3) != 0) {
                    result.violation(row.getInt(3) + " sent messages without exactly one conversation message");
                }
            }
        }
        long twice = ledger.claimed.entrySet().stream()
                .filter(e -> e.getValue() > 1 && !abandoned.contains(e.getKey())).count();
        result.note(twice + " other messages were handed out twice (answers lost with the instance)");
    }

    private static void reportSent(MixedLoad load, List<UUID> ids) {
        ids.forEach(load::reportSent);
    }
}
