package com.salesmachine.reliability.cluster;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scenarios 1-4 of the fault suite on a real cluster: embedded PostgreSQL, Redis and Upstash gateway in this
 * JVM, the production jar as three child processes, HAProxy in front. Appends one row per scenario to the
 * shared results.tsv and exits non-zero when a scenario fails. Run it with {@code reliability/run}.
 *
 * <p>Arguments: {@code <repository root> <results.tsv> <haproxy binary> [scenario numbers, default 1 2 3 4]}.
 */
public final class ClusterSuite {

    private ClusterSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        Path results = Path.of(args[1]).toAbsolutePath();
        String haproxy = args[2];
        Set<String> selected = args.length > 3 ? Set.copyOf(List.of(args).subList(3, args.length))
                : Set.of("1", "2", "3", "4");
        Path directory = results.getParent();
        List<Result> rows = new ArrayList<>();
        int exit;
        Cluster cluster = new Cluster(root, directory, 3);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        try {
            long started = System.nanoTime();
            cluster.start(haproxy);
            System.out.printf("cluster up in %d ms: %s (HAProxy %s, stats %s/stats)%n",
                    (System.nanoTime() - started) / 1_000_000, cluster.instances.stream().map(AppInstance::url).toList(),
                    cluster.balancer.url(), "http://127.0.0.1:" + Cluster.STATS_PORT);
            System.out.println("rate limits lifted to " + Cluster.NO_LIMIT + "/min (user, public auth, login failures): "
                    + "the load is a few users calling far more than 100 times a minute");
            Calls calls = new Calls(cluster.balancer.url(), Cluster.WEBHOOK_SECRET);
            List<Seed.Worker> workers = Seed.create(calls, cluster, 3, 2, 400, 300);
            Ledger ledger = new Ledger();
            long pause = Long.getLong("reliability.pauseMillis", 60);
            System.out.println("load: " + workers.size() + " sellers and 1 workflow engine, " + pause
                    + " ms pause between a caller's calls (-Dreliability.pauseMillis)");
            MixedLoad load = new MixedLoad(calls, workers, ledger, pause);
            if (selected.contains("1")) {
                rows.add(RollingRestart.run(cluster, calls, load, ledger, workers));
            }
            if (selected.contains("2")) {
                rows.add(KillInstance.run(cluster, calls, load, ledger));
            }
            if (selected.contains("3")) {
                rows.add(Outage.run("3 upstash outage", "user calls 2xx or 503 within 3 s, /health DOWN naming upstash, "
                                + "recovery without restart, no half-written rows", "upstash",
                        List.of(new Outage.Phase("gateway stopped 10 s", cluster.gateway::stop, Duration.ofSeconds(10)),
                                new Outage.Phase("gateway answering after 5 s for 10 s", () -> {
                                    cluster.gateway.setDelay(Duration.ofSeconds(5));
                                    cluster.gateway.start();
                                }, Duration.ofSeconds(10))),
                        () -> cluster.gateway.setDelay(Duration.ZERO), cluster, calls, load, ledger, workers.getFirst().token()));
            }
            if (selected.contains("4")) {
                rows.add(Outage.run("4 postgres outage", "calls 2xx or 503 within 3 s, /health DOWN naming db, "
                                + "recovery without restart, no half-written decision or ingest", "db",
                        List.of(new Outage.Phase("PostgreSQL stopped 10 s", cluster.postgres::stop, Duration.ofSeconds(10))),
                        cluster.postgres::start, cluster, calls, load, ledger, workers.getFirst().token()));
            }
            exit = rows.stream().allMatch(Result::pass) ? 0 : 1;
        } catch (Exception | Error e) {
            e.printStackTrace();
            rows.add(new Result("cluster suite", 0, 1, "the cluster starts and every scenario runs", false,
                    List.of(e.toString())));
            exit = 2;
        } finally {
            cluster.close();
        }
        StringBuilder tsv = new StringBuilder();
        rows.forEach(r -> tsv.append(r.tsv()).append('\n'));
        Files.createDirectories(results.getParent());
        Files.writeString(results, tsv, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println();
        rows.forEach(r -> System.out.println(r.tsv()));
        System.exit(exit);
    }
}
