package com.salesmachine.bench.scale;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.salesmachine.bench.Verdicts;
import com.salesmachine.bench.data.BenchDataSet;
import com.salesmachine.bench.load.LoadBench;
import com.salesmachine.bench.load.bare.BareRouteConfiguration;
import com.salesmachine.support.AppProcess;
import com.salesmachine.support.DeploymentCommand;

/**
 * Issue 18 section 2, last row, the throughput half of the 32-client restatement: calls/s of listProspects at N
 * clients >= 90% of a BARE WebFlux route doing the same SQL. The bare route is bench/load's
 * ({@link BareRouteConfiguration}: the same transport filter, the same session-guard call, the same listProspects
 * function bean, hence the same statement; no spring-cloud-function-web pipeline). Both routes are served by ONE
 * process started like bench/load's overhead app ({@link LoadBench#bareRouteCommand}: the production jar through
 * PropertiesLauncher, the deployment's flags without Spring AOT / the AOT cache), against the same database, for
 * every listProspects scenario (pages, filters, searches); per scenario R rounds alternating which route goes first,
 * median calls/s of each route, their ratio.
 */
final class BareComparison {

    static final double RATIO_TARGET = 0.90;

    private BareComparison() {
    }

    record Ratio(String scenario, double function, double bare) {
        double ratio() {
            return bare == 0 ? 0 : function / bare;
        }
    }

    static List<Ratio> run(Path root, Path work, Map<String, String> env, List<ScaleBenchmark.Scenario> scenarios,
                           int clients, int calls, Duration maxTime, int rounds) throws Exception {
        System.out.printf(Locale.ROOT, "%n== %d clients: listProspects through the function vs the bare route (same SQL,"
                + " one process), %d rounds per scenario ==%n", clients, rounds);
        int port = ScaleBenchmark.freePort();
        Map<String, String> bareEnv = new java.util.LinkedHashMap<>(env);
        bareEnv.put("PORT", String.valueOf(port));
        List<String> command = LoadBench.bareRouteCommand(DeploymentCommand.read(root), root, work);
        String barePath = BareRouteConfiguration.PATH.substring(1);
        List<Ratio> ratios = new ArrayList<>();
        try (AppProcess app = AppProcess.start(command, work, bareEnv, port, work.resolve("app-bare.log"))) {
            Duration ready = app.awaitHealthy(Duration.ofSeconds(120));
            System.out.printf(Locale.ROOT, "bare-route app pid %d healthy after %.1f s (log %s)%n", app.pid(),
                    ready.toMillis() / 1000.0, work.resolve("app-bare.log"));
            HttpCalls http = new HttpCalls(port);
            http.login(BenchDataSet.largestUserEmail(), BenchDataSet.PASSWORD);
            List<ScaleBenchmark.Scenario> comparable = new ArrayList<>();
            for (ScaleBenchmark.Scenario s : scenarios) {
                String disagreement = disagreement(http, s, barePath);
                if (disagreement != null) {
                    System.out.println("  ! " + disagreement);
                    Verdicts.record("18s2: " + s.name() + ": the bare route answers the same page as the function",
                            "they disagree (see the output)", false);
                    continue;
                }
                comparable.add(s);
                http.single(s.function(), s.body(), 30);
                http.single(barePath, s.body(), 30);
            }
            for (ScaleBenchmark.Scenario s : comparable) {
                List<Double> function = new ArrayList<>();
                List<Double> bare = new ArrayList<>();
                int errors = 0;
                for (int round = 1; round <= rounds; round++) {
                    boolean functionFirst = round % 2 == 1;
                    for (int i = 0; i < 2; i++) {
                        boolean isFunction = (i == 0) == functionFirst;
                        Latencies l = http.concurrent(isFunction ? s.function() : barePath, s.body(), clients, calls, maxTime);
                        errors += l.errors();
                        (isFunction ? function : bare).add(l.callsPerSecond());
                    }
                }
                Ratio r = new Ratio(s.name(), median(function), median(bare));
                ratios.add(r);
                System.out.printf(Locale.ROOT, "%-48s function %7.1f calls/s, bare %7.1f calls/s: %5.1f%%  (rounds: f %s, b %s)%s%n",
                        s.name(), r.function(), r.bare(), r.ratio() * 100, rounded(function), rounded(bare),
                        errors == 0 ? "" : ", " + errors + " errors");
                Verdicts.record(String.format(Locale.ROOT, "18s2: %s calls/s at %d clients >= %.0f%% of the bare route"
                                + " (same SQL, same process, median of %d)", s.name(), clients, RATIO_TARGET * 100, rounds),
                        String.format(Locale.ROOT, "%.1f%% (%.1f / %.1f calls/s)%s", r.ratio() * 100, r.function(), r.bare(),
                                errors == 0 ? "" : ", " + errors + " errors"),
                        errors == 0 && r.ratio() >= RATIO_TARGET);
            }
        }
        return ratios;
    }

    /** Both routes must answer the same rows and total for the scenario, or the comparison says nothing: null if so. */
    private static String disagreement(HttpCalls http, ScaleBenchmark.Scenario s, String barePath) {
        HttpCalls.Answer f = http.post(s.function(), s.body().apply(0));
        HttpCalls.Answer b = http.post(barePath, s.body().apply(0));
        if (f.status() != 200 || b.status() != 200) {
            return s.name() + ": function answered " + f.status() + ", bare route " + b.status() + ": "
                    + f.body() + " / " + b.body();
        }
        var fj = f.json();
        var bj = b.json();
        boolean sameTotal = fj.path("total").equals(bj.path("total"))
                || (isAbsent(fj.path("total")) && isAbsent(bj.path("total")));
        if (!fj.path("items").equals(bj.path("items")) || !sameTotal) {
            return s.name() + ": the function and the bare route disagree:\n" + f.body() + "\n" + b.body();
        }
        return null;
    }

    private static boolean isAbsent(tools.jackson.databind.JsonNode node) {
        return node.isMissingNode() || node.isNull();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }
}
