package com.salesmachine.bench.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import com.salesmachine.bench.Verdicts;

/**
 * Issue 15 "Figures" / issue 18 section 4, bulk: {@code bulkSetProspectStatus} and {@code bulkAssignProspects} with
 * the list FILTER that matches every prospect of the largest user ({@code {"filter":{}}}, what the SPA sends for
 * "select all N matching" on an unfiltered list). Each action runs twice, each call changing every matching row:
 * <ol>
 *   <li>alone: its wall time, the answer's {@code changed} against the count SQL expects, and the statements
 *   PostgreSQL ran for the call (pg_stat_statements, reset just before): the statements changing prospects rows
 *   (prospect_pipeline or prospect_facts since V118)
 *   (target: one) and everything else (transaction, audit, activity, lookups) listed apart;</li>
 *   <li>while another user (bench-user-002, one client) loops listProspects first page + dashboardStats: the wall time
 *   and the count again, and that user's p95 over the calls that overlapped the bulk call, against the one-client
 *   targets.</li>
 * </ol>
 * It changes the largest user's data: it runs last.
 */
final class BulkFigures {

    static final double WALL_TARGET_S = 5;
    private static final Pattern CHANGES_PROSPECTS =
            Pattern.compile("(?is)^\\s*(UPDATE|DELETE\\s+FROM|INSERT\\s+INTO)\\s+prospect(s|_facts|_pipeline)\\b.*");

    private final HttpCalls owner;
    private final HttpCalls other;
    private final Connection jdbc;
    private final RoundTrips roundTrips;
    private final UUID user;
    private final double listTargetMs;
    private final double statsTargetMs;

    BulkFigures(HttpCalls owner, HttpCalls other, Connection jdbc, RoundTrips roundTrips, UUID user, double listTargetMs,
                double statsTargetMs) {
        this.owner = owner;
        this.other = other;
        this.jdbc = jdbc;
        this.roundTrips = roundTrips;
        this.user = user;
        this.listTargetMs = listTargetMs;
        this.statsTargetMs = statsTargetMs;
    }

    void run() throws Exception {
        long all = count("true");
        System.out.printf(Locale.ROOT, "%n== bulk actions on every prospect of the largest user (%,d rows), filter {} ==%n", all);
        String campaignA = createCampaign("Bench bulk A");
        String campaignB = createCampaign("Bench bulk B");
        // alone, then while another user reads: each call changes every row the filter matches
        action("bulkSetProspectStatus", "status nurture", "{\"selection\":{\"filter\":{}},\"status\":\"nurture\"}",
                "p.status <> 'nurture'", all, false);
        action("bulkSetProspectStatus", "status lost", "{\"selection\":{\"filter\":{}},\"status\":\"lost\"}",
                "p.status <> 'lost'", all, true);
        action("bulkAssignProspects", "campaign A (new)", "{\"selection\":{\"filter\":{}},\"campaignId\":\"" + campaignA + "\"}",
                "p.campaign_id IS DISTINCT FROM '" + campaignA + "'::uuid", all, false);
        action("bulkAssignProspects", "campaign B (new)", "{\"selection\":{\"filter\":{}},\"campaignId\":\"" + campaignB + "\"}",
                "p.campaign_id IS DISTINCT FROM '" + campaignB + "'::uuid", all, true);
    }

    private void action(String function, String label, String body, String notYet, long all, boolean underLoad)
            throws Exception {
        long expected = count(notYet);
        String name = function + " (" + label + ", filter {}" + (underLoad ? ", bench-user-002 reading" : "") + ")";
        Reader reader = null;
        if (underLoad) {
            reader = new Reader(other);
            reader.start();
            reader.awaitCalls(4);
        } else {
            roundTrips.reset();
        }
        Background before = Background.now(jdbc);
        long started = System.nanoTime();
        HttpCalls.Answer answer = owner.post(function, body);
        long ended = System.nanoTime();
        double seconds = (ended - started) / 1e9;
        Background after = Background.now(jdbc);
        Map<String, RoundTrips.Executed> statements = underLoad ? Map.of() : roundTrips.statementsSinceReset();
        if (reader != null) {
            reader.stop();
        }
        long changed = answer.status() == 200 ? answer.json().path("changed").asLong(-1) : -1;
        System.out.printf(Locale.ROOT, "%s: HTTP %d in %.3f s, changed %d (SQL expects %d of %d)%n", name,
                answer.status(), seconds, changed, expected, all);
        if (answer.status() != 200) {
            System.out.println("  ! " + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        // what else the database did meanwhile: the wall time of a bulk call moved by 1-3 s between runs of the same
        // code; this line says whether autovacuum or a checkpoint ran beside it (figures only, no verdict)
        System.out.printf(Locale.ROOT, "  beside the call: autovacuum workers at its start %s, at its end %s;"
                        + " checkpoints meanwhile %d; buffers written by client backends meanwhile %d%n",
                before.autovacuum(), after.autovacuum(), after.checkpoints() - before.checkpoints(),
                after.backendWrites() - before.backendWrites());
        Verdicts.record(String.format(Locale.ROOT, "15: %s wall time <= %.0f s", name, WALL_TARGET_S),
                String.format(Locale.ROOT, "%.2f s (HTTP %d)", seconds, answer.status()),
                answer.status() == 200 && seconds <= WALL_TARGET_S);
        Verdicts.record("15: " + name + " answers changed = rows matching (SQL count)",
                String.format(Locale.ROOT, "changed %d, expected %d", changed, expected), changed == expected && expected > 0);
        if (!underLoad) {
            long changing = 0;
            double changingSeconds = 0;
            System.out.println("  statements of the call (pg_stat_statements):");
            for (Map.Entry<String, RoundTrips.Executed> e : statements.entrySet()) {
                boolean changes = CHANGES_PROSPECTS.matcher(e.getKey()).matches();
                if (changes) {
                    changing += e.getValue().calls();
                    changingSeconds += e.getValue().seconds();
                }
                System.out.printf(Locale.ROOT, "    %d x %s%s%n", e.getValue().calls(),
                        changes ? "[changes prospects] " : "[other] ",
                        e.getKey().length() > 200 ? e.getKey().substring(0, 200) + "..." : e.getKey());
            }
            long others = statements.values().stream().mapToLong(RoundTrips.Executed::calls).sum() - changing;
            System.out.printf(Locale.ROOT, "  the changing statement's execution in PostgreSQL (its triggers included):"
                    + " %.3f s of the call's %.3f s%n", changingSeconds, seconds);
            Verdicts.record("15: " + name + " runs ONE statement changing prospects rows",
                    String.format(Locale.ROOT, "%d changing prospects + %d other (transaction/audit/activity/lookup)",
                            changing, others), changing == 1);
        } else {
            reader.verdicts(name, started, ended, listTargetMs, statsTargetMs);
        }
    }

    private String createCampaign(String name) {
        HttpCalls.Answer answer = owner.post("createCampaign", "{\"name\":\"" + name + "\"}");
        if (answer.status() != 200) {
            throw new IllegalStateException("createCampaign answered " + answer.status() + ": " + answer.body());
        }
        return answer.json().path("id").asString();
    }

    /** The database's background work at one instant: the running autovacuum workers, the counters of writes. */
    private record Background(List<String> autovacuum, long checkpoints, long backendWrites) {
        static Background now(Connection jdbc) throws SQLException {
            List<String> workers = new ArrayList<>();
            try (PreparedStatement sql = jdbc.prepareStatement(
                    "SELECT query FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'");
                 ResultSet r = sql.executeQuery()) {
                while (r.next()) {
                    workers.add(r.getString(1));
                }
            }
            try (PreparedStatement sql = jdbc.prepareStatement("""
                    SELECT (SELECT num_timed + num_requested FROM pg_stat_checkpointer),
                           (SELECT coalesce(sum(writes), 0) FROM pg_stat_io WHERE backend_type = 'client backend')""");
                 ResultSet r = sql.executeQuery()) {
                r.next();
                return new Background(workers, r.getLong(1), r.getLong(2));
            }
        }
    }

    /** The largest user's prospects matching {@code condition} (a constant SQL condition over prospects p). */
    private long count(String condition) throws SQLException {
        try (PreparedStatement sql = jdbc.prepareStatement("SELECT count(*) FROM prospects p WHERE p.user_id = ? AND "
                + condition)) {
            sql.setObject(1, user);
            try (ResultSet r = sql.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Another user, one client, in a loop: listProspects first page, then dashboardStats, and again. */
    private static final class Reader {
        record Call(String function, long started, long ended, int status) {
        }

        private final HttpCalls http;
        private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private Thread thread;

        Reader(HttpCalls http) {
            this.http = http;
        }

        void start() {
            thread = Thread.ofPlatform().name("bench-bulk-reader").start(() -> {
                for (int i = 0; running.get(); i++) {
                    String function = i % 2 == 0 ? "listProspects" : "dashboardStats";
                    long t = System.nanoTime();
                    HttpCalls.Answer answer = http.post(function, "{}");
                    calls.add(new Call(function, t, System.nanoTime(), answer.status()));
                }
            });
        }

        /** Until the loop has answered n calls (warm), at most 30 s. */
        void awaitCalls(int n) throws InterruptedException {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (calls.size() < n && System.nanoTime() < deadline && thread.isAlive()) {
                Thread.sleep(5);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        /** p95 of each function over the calls that overlapped [from, to] (nanoTime), against its one-client target. */
        void verdicts(String bulk, long from, long to, double listTargetMs, double statsTargetMs) {
            for (String function : List.of("listProspects", "dashboardStats")) {
                List<Call> during = calls.stream().filter(c -> c.function().equals(function))
                        .filter(c -> c.started() < to && c.ended() > from).toList();
                long[] nanos = during.stream().mapToLong(c -> c.ended() - c.started()).toArray();
                int errors = (int) during.stream().filter(c -> c.status() != 200).count();
                Latencies l = Latencies.of(nanos, nanos.length, errors, (to - from) / 1e9);
                double target = function.equals("listProspects") ? listTargetMs : statsTargetMs;
                String what = function.equals("listProspects") ? "listProspects first page" : "dashboardStats";
                System.out.printf(Locale.ROOT, "  bench-user-002 %s during the bulk: %d calls, p50 %.2f p95 %.2f max %.2f ms,"
                        + " errors %d%n", what, l.calls(), l.millis(50), l.millis(95), l.millis(100), errors);
                Verdicts.record(String.format(Locale.ROOT, "15: during %s: bench-user-002 %s p95 <= %d ms (1 client)",
                                bulk, what, (int) target),
                        l.calls() == 0 ? "no call overlapped the bulk call"
                                : String.format(Locale.ROOT, "%.1f ms over %d calls%s", l.millis(95), l.calls(),
                                errors == 0 ? "" : ", " + errors + " errors"),
                        l.calls() > 0 && errors == 0 && l.millis(95) <= target);
            }
        }
    }
}
