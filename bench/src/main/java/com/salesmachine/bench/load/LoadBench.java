package com.salesmachine.bench.load;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import com.salesmachine.bench.Verdicts;
import com.salesmachine.bench.load.bare.BareRouteApplication;
import com.salesmachine.bench.load.bare.BareRouteConfiguration;
import com.salesmachine.localstack.LocalStack;
import com.salesmachine.support.AppProcess;
import com.salesmachine.support.DeploymentCommand;
import org.flywaydb.core.Flyway;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8 targets 3, 5 and 6 in one harness (run with {@code bench/load}). This JVM holds embedded PostgreSQL,
 * Redis and the Upstash gateway (localstack), migrates and seeds them ({@link LoadData}), and drives the
 * application — a CHILD process started with the JVM flags of railway.json's {@code deploy.startCommand} — over
 * HTTP/1.1 on loopback with a closed-loop {@link LoadGenerator}.
 *
 * <ul>
 *   <li>{@code overhead} (target 3): listProspects {limit 50} through spring-cloud-function-web against a bare WebFlux
 *   route doing the same guard call and the same SQL ({@link BareRouteConfiguration}), same process, alternating
 *   runs, medians and their ratio.</li>
 *   <li>{@code mix} (targets 5 and 6): the production jar as deployed; the 60/30/10 {@link MixScenario} at 32
 *   clients for 60 s while VmRSS is sampled every second (peak and final RSS), then at 128 clients.</li>
 * </ul>
 * Settings are system properties {@code bench.*} (see {@link #main}); rate limits are lifted through the
 * environment and the output says so.
 */
public final class LoadBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECRET = "bench-load-webhook-secret";
    private static final long RATE_LIMIT = 1_000_000_000L;

    private final Path runDir;
    private final DeploymentCommand deployment;
    private final LocalStack stack;
    private final LoadData data;

    private LoadBench(Path runDir, DeploymentCommand deployment, LocalStack stack) {
        this.runDir = runDir;
        this.deployment = deployment;
        this.stack = stack;
        this.data = new LoadData(stack.jdbcUrl(), stack.postgres().username(), stack.postgres().password());
    }

    public static void main(String[] args) throws Exception {
        List<String> phases = args.length == 0 || args[0].equals("all") ? List.of("overhead", "mix") : Arrays.asList(args);
        Path root = DeploymentCommand.repoRoot();
        Path runDir = Files.createTempDirectory("bench-load-");
        DeploymentCommand deployment = DeploymentCommand.read(root);
        printHeader(deployment, runDir, phases);
        int users = Integer.getInteger("bench.users", 160);
        int prospects = Integer.getInteger("bench.prospects", 300);
        int pending = Integer.getInteger("bench.pending", 1500);
        long t0 = System.nanoTime();
        LocalStack stack = LocalStack.start(Integer.getInteger("bench.pgPort", 5810),
                Integer.getInteger("bench.redisPort", 5811), Integer.getInteger("bench.gatewayPort", 5812),
                "bench-token-" + UUID.randomUUID());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "bench-stack-stop"));
        System.out.printf("stack: PostgreSQL %s, Redis %s, Upstash gateway %s (%.1f s)%n", stack.jdbcUrl(),
                stack.redisUrl(), stack.upstashUrl(), (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        Flyway.configure().dataSource(stack.jdbcUrl(), stack.postgres().username(), stack.postgres().password())
                .locations("classpath:db/migration").load().migrate();
        System.out.printf("migrated (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        LoadBench bench = new LoadBench(runDir, deployment, stack);
        bench.data.seed(users, prospects, pending);
        System.out.printf("seeded %d users x (%d prospects, %d pending review items, 20 meetings, 100 events) (%.1f s)%n",
                users, prospects, pending, (System.nanoTime() - t0) / 1e9);
        int failures = 0;
        try {
            for (String phase : phases) {
                switch (phase) {
                    case "overhead" -> bench.overhead();
                    case "mix" -> failures += bench.mix();
                    default -> throw new IllegalArgumentException("unknown phase " + phase + " (overhead, mix, all)");
                }
            }
        } finally {
            stack.close();
        }
        System.out.println("logs and scratch files: " + runDir);
        System.exit(failures == 0 ? 0 : 1);
    }

    // ---------------------------------------------------------------- target 3

    private void overhead() throws Exception {
        int clients = Integer.getInteger("bench.overhead.clients", 32);
        int seconds = Integer.getInteger("bench.overhead.seconds", 10);
        int rounds = Integer.getInteger("bench.overhead.rounds", 5);
        int port = Integer.getInteger("bench.port", 5800);
        System.out.println();
        System.out.println("== Target 3: function layer overhead, listProspects {limit 50}, " + clients
                + " clients, " + rounds + " rounds of " + seconds + " s per route, alternating");
        List<String> command = bareRouteCommand(deployment, DeploymentCommand.repoRoot(), runDir);
        try (AppProcess app = AppProcess.start(command, runDir, appEnv(port), port, runDir.resolve("app-overhead.log"))) {
            Duration ready = app.awaitHealthy(Duration.ofSeconds(120));
            System.out.printf("app pid %d healthy after %.1f s%n", app.pid(), ready.toMillis() / 1000.0);
            List<Session> sessions = login(port, data.users(0, clients));
            String functionPath = "/listProspects";
            String barePath = BareRouteConfiguration.PATH;
            sameAnswer(port, sessions.getFirst(), functionPath, barePath);
            LoadGenerator load = new LoadGenerator(port);
            Scenario function = new ListProspectsScenario(functionPath, "function", sessions);
            Scenario bare = new ListProspectsScenario(barePath, "bare", sessions);
            // 10 s each: C1 compiles a method after ~1,500 calls, so 5 s left the first measured round still warming up
            int warmUp = Integer.getInteger("bench.overhead.warmup.seconds", 10);
            load.run("warm-up function", function, clients, Duration.ofSeconds(warmUp), Long.MAX_VALUE);
            load.run("warm-up bare", bare, clients, Duration.ofSeconds(warmUp), Long.MAX_VALUE);
            List<LoadResult> functionRuns = new ArrayList<>();
            List<LoadResult> bareRuns = new ArrayList<>();
            List<Double> functionCpu = new ArrayList<>();
            List<Double> bareCpu = new ArrayList<>();
            System.out.println(LoadResult.header() + "  upstash req/call  app CPU ms/call");
            for (int round = 1; round <= rounds; round++) {
                // alternate which goes first, so drift on a noisy machine does not always favour one side
                boolean functionFirst = round % 2 == 1;
                for (int i = 0; i < 2; i++) {
                    boolean isFunction = (i == 0) == functionFirst;
                    String label = (isFunction ? "function /listProspects" : "bare " + barePath.substring(0, 11) + "..")
                            + " r" + round;
                    String jfrDir = System.getenv("BENCH_JFR");
                    String recording = (isFunction ? "function" : "bare") + "-r" + round;
                    if (jfrDir != null && !jfrDir.isBlank()) {
                        app.jcmd("JFR.start", "name=" + recording, "settings=" + System.getenv().getOrDefault("BENCH_JFR_SETTINGS", "profile"));
                    }
                    long upstash0 = stack.gateway().requestCount();
                    long cpu0 = app.cpuMillis();
                    LoadResult r = load.run(label, isFunction ? function : bare, clients, Duration.ofSeconds(seconds),
                            Long.MAX_VALUE);
                    long calls = r.all().count() + r.errorCount();
                    double upstash = (stack.gateway().requestCount() - upstash0) / (double) calls;
                    double cpu = (app.cpuMillis() - cpu0) / (double) calls;
                    if (jfrDir != null && !jfrDir.isBlank()) {
                        Path file = Path.of(jfrDir).toAbsolutePath().resolve(recording + ".jfr");
                        app.jcmd("JFR.stop", "name=" + recording, "filename=" + file);
                        System.out.println("    JFR recording of this run (" + calls + " calls): " + file);
                    }
                    System.out.printf(Locale.ROOT, "%s  %16.2f  %15.3f%n", r.line(), upstash, cpu);
                    (isFunction ? functionRuns : bareRuns).add(r);
                    (isFunction ? functionCpu : bareCpu).add(cpu);
                    printErrors(r);
                }
            }
            double functionRate = median(functionRuns.stream().map(LoadResult::rate).toList());
            double bareRate = median(bareRuns.stream().map(LoadResult::rate).toList());
            double ratio = functionRate / bareRate;
            // each round's pair ran back to back, so its ratio is the round's reading; the worst one bounds the noise
            double worst = Double.MAX_VALUE;
            int worstRound = 0;
            for (int round = 0; round < rounds; round++) {
                double roundRatio = functionRuns.get(round).rate() / bareRuns.get(round).rate();
                if (roundRatio < worst) {
                    worst = roundRatio;
                    worstRound = round + 1;
                }
            }
            System.out.printf(Locale.ROOT, "median of %d: function %.1f calls/s (p50 %.2f ms), bare %.1f calls/s (p50 %.2f ms);"
                            + " function/bare = %.1f%% (target >= 90%%), worst round r%d %.1f%% (target >= 85%%)%n", rounds,
                    functionRate, median(functionRuns.stream().map(r -> r.all().percentileMillis(50)).toList()), bareRate,
                    median(bareRuns.stream().map(r -> r.all().percentileMillis(50)).toList()), ratio * 100, worstRound,
                    worst * 100);
            Verdicts.record("3: function layer >= 90% of the bare route (listProspects, median of " + rounds + " rounds)",
                    String.format(Locale.ROOT, "%.1f%% (%.1f / %.1f calls/s)", ratio * 100, functionRate, bareRate),
                    ratio >= 0.90);
            Verdicts.record("3: function layer >= 85% of the bare route in every round (worst of " + rounds + ")",
                    String.format(Locale.ROOT, "%.1f%% (r%d)", worst * 100, worstRound), worst >= 0.85);
            double fCpu = median(functionCpu);
            double bCpu = median(bareCpu);
            System.out.printf(Locale.ROOT, "median app CPU per call: function %.3f ms, bare %.3f ms; bare/function = %.1f%%"
                    + " (the throughput one core-second buys, the noise-resistant reading of the same target)%n",
                    fCpu, bCpu, bCpu / fCpu * 100);
        }
    }

    /** Both routes must answer the same page for the same user (same SQL, same rows), or the comparison is void. */
    private void sameAnswer(int port, Session session, String functionPath, String barePath) throws IOException {
        try (HttpConnection http = new HttpConnection(port)) {
            HttpConnection.Response f = http.post(functionPath, ListProspectsScenario.BODY, session.auth());
            HttpConnection.Response b = http.post(barePath, ListProspectsScenario.BODY, session.auth());
            if (f.status() != 200 || b.status() != 200) {
                throw new IllegalStateException("listProspects answered " + f.status() + " / bare " + b.status() + ": "
                        + f.text() + " / " + b.text());
            }
            JsonNode fj = JSON.readTree(f.body());
            JsonNode bj = JSON.readTree(b.body());
            if (!fj.equals(bj)) {
                throw new IllegalStateException("function and bare route disagree:\n" + f.text() + "\n" + b.text());
            }
            System.out.printf("both routes answer the same page: %d items, %d bytes (function) / %d bytes (bare)%n",
                    fj.path("items").size(), f.body().length, b.body().length);
        }
    }

    /**
     * The command starting the production jar (fat jar of {@code root}) with the bare route beside the functions in
     * one process: Spring Boot's PropertiesLauncher, {@code loader.path} = a jar written into {@code dir} holding only
     * the bare-route classes, the deployment's flags without Spring AOT / the AOT cache (the launcher's main class is
     * not the one they were made for). Printed as it goes. bench/scale starts the same command for its 32-client
     * throughput rows.
     */
    public static List<String> bareRouteCommand(DeploymentCommand deployment, Path root, Path dir)
            throws IOException, URISyntaxException {
        Path bareJar = bareRouteJar(dir);
        DeploymentCommand plain = deployment.withoutAot();
        Path fatJar = root.resolve("functions/target/sales-machine-functions.jar");
        List<String> command = new ArrayList<>();
        command.add(AppProcess.javaBinary());
        command.addAll(plain.flags());
        command.add("-Dloader.path=" + bareJar);
        command.add("-Dloader.main=" + BareRouteApplication.class.getName());
        command.add("-cp");
        command.add(fatJar.toString());
        command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        System.out.println("app: " + String.join(" ", command));
        System.out.println("   (the production jar + " + bareJar.getFileName() + " holding only the bare route, via Spring Boot's PropertiesLauncher)");
        System.out.println("   flags: " + plain.flagSource());
        return command;
    }

    /** A jar holding only the bare-route classes (so nothing else of the bench module reaches the app). */
    private static Path bareRouteJar(Path dir) throws IOException, URISyntaxException {
        Path classes = Path.of(BareRouteConfiguration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String pkg = BareRouteConfiguration.class.getPackageName().replace('.', '/');
        Path jar = dir.resolve("bench-bare-route.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.list(classes.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                out.putNextEntry(new JarEntry(pkg + "/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }

    // ---------------------------------------------------------------- targets 5 and 6

    private int mix() throws Exception {
        int seconds = Integer.getInteger("bench.mix.seconds", 60);
        List<Integer> clientCounts = Arrays.stream(System.getProperty("bench.mix.clients", "32,128").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        int port = Integer.getInteger("bench.port", 5800) + 1;
        boolean nmt = Boolean.parseBoolean(System.getenv().getOrDefault("BENCH_NMT", "false"));
        System.out.println();
        System.out.println("== Targets 5 and 6: the production jar as deployed, mix 60% reads / 30% review decisions"
                + " / 10% signed integration ingest, " + seconds + " s per level, clients " + clientCounts);
        List<String> command = new ArrayList<>();
        command.add(AppProcess.javaBinary());
        command.addAll(deployment.flags());
        if (nmt) {
            command.add("-XX:NativeMemoryTracking=summary");
        }
        command.add("-jar");
        command.add(deployment.jar().toString());
        System.out.println("app: " + String.join(" ", command));
        if (nmt) {
            System.out.println("   DIAGNOSTIC RUN: -XX:NativeMemoryTracking=summary added (BENCH_NMT=true); NMT itself costs some memory");
        }
        int failures = 0;
        try (AppProcess app = AppProcess.start(command, deployment.workingDirectory(), appEnv(port), port, runDir.resolve("app-mix.log"))) {
            Duration ready = app.awaitHealthy(Duration.ofSeconds(120));
            System.out.printf("app pid %d healthy after %.1f s, RSS %s%n", app.pid(), ready.toMillis() / 1000.0,
                    RssSampler.mb(app.rssKb()));
            int offset = 0;
            LoadGenerator load = new LoadGenerator(port);
            Signing signing = new Signing(SECRET);
            boolean first = true;
            for (int clients : clientCounts) {
                List<Session> sessions = login(port, data.users(offset, clients));
                offset += clients;
                if (first) {
                    // warm-up on the first level's users (their remaining items are re-read below)
                    LoadResult warm = load.run("warm-up", new MixScenario(sessions, data.pendingItems(usersOf(sessions)),
                            signing, "warm", 1), clients, Duration.ofSeconds(10), Long.MAX_VALUE);
                    System.out.printf("warm-up: %d calls in 10 s, %d errors; RSS %s%n", warm.all().count(),
                            warm.errorCount(), RssSampler.mb(app.rssKb()));
                    printErrors(warm);
                }
                Map<UUID, List<UUID>> pending = data.pendingItems(usersOf(sessions));
                int fewest = pending.values().stream().mapToInt(List::size).min().orElse(0);
                MixScenario mix = new MixScenario(sessions, pending, signing, "c" + clients, 42);
                long cpu0 = app.cpuMillis();
                RssSampler rss = new RssSampler(app).start();
                LoadResult r = load.run("mix, " + clients + " clients", mix, clients, Duration.ofSeconds(seconds), Long.MAX_VALUE);
                List<Long> samples = rss.stop();
                double cpuPerCall = (app.cpuMillis() - cpu0) / (double) (r.all().count() + r.errorCount());
                System.out.printf("%n-- mix at %d clients for %d s (each client its own user; fewest pending items per user at start: %d)%n",
                        clients, seconds, fewest);
                System.out.println(LoadResult.header());
                System.out.print(r.detail());
                System.out.printf(Locale.ROOT, "app CPU %.2f ms per call (user + system, from /proc)%n", cpuPerCall);
                System.out.printf("RSS during the run (VmRSS, 1 s samples): peak %s, final %s (target 5: <= 300 MB after 60 s at 32 clients)%n",
                        RssSampler.mb(RssSampler.peak(samples)), RssSampler.mb(RssSampler.last(samples)));
                System.out.println("RSS every 10 s (MB): " + everyTenth(samples));
                if (r.errorCount() > 0 || r.exhaustedClients() > 0) {
                    failures++;
                }
                if (clients == 32) {
                    long peak = RssSampler.peak(samples);
                    Verdicts.record("5: RSS <= 300 MB after " + seconds + " s at 32 clients (peak VmRSS)",
                            RssSampler.mb(peak), peak <= 300L * 1024);
                }
                Verdicts.record("6: mix at " + clients + " clients for " + seconds + " s, zero errors",
                        String.format(Locale.ROOT, "%d errors, %d clients out of work, %d calls", r.errorCount(),
                                r.exhaustedClients(), r.all().count()),
                        r.errorCount() == 0 && r.exhaustedClients() == 0);
                if (first) {
                    memoryBreakdown(app, nmt);
                    first = false;
                }
            }
            System.out.println("rows after the runs: " + data.counts());
        }
        return failures;
    }

    private void memoryBreakdown(AppProcess app, boolean nmt) {
        String heap = app.jcmd("GC.heap_info");
        System.out.println("jcmd GC.heap_info:");
        heap.lines().skip(1).forEach(line -> System.out.println("   " + line));
        if (nmt) {
            String summary = app.jcmd("VM.native_memory", "summary", "scale=MB");
            System.out.println("jcmd VM.native_memory summary (scale=MB):");
            summary.lines().filter(l -> l.contains("committed=") && (l.startsWith("Total") || l.startsWith("-")))
                    .forEach(line -> System.out.println("   " + line.trim()));
        }
    }

    private static String everyTenth(List<Long> samples) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i += 10) {
            out.add(String.valueOf(samples.get(i) / 1024));
        }
        out.add(String.valueOf(samples.getLast() / 1024));
        return String.join(" ", out);
    }

    private static List<LoadData.SeededUser> usersOf(List<Session> sessions) {
        return sessions.stream().map(Session::user).toList();
    }

    // ---------------------------------------------------------------- shared

    private Map<String, String> appEnv(int port) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SM_ENV", "staging");
        env.put("PORT", String.valueOf(port));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        String query = System.getenv().getOrDefault("BENCH_DATABASE_QUERY", "");
        env.put("DATABASE_URL", stack.databaseUrl() + (query.isBlank() ? "" : "?" + query));
        if (!query.isBlank()) {
            System.out.println("EXPERIMENT: DATABASE_URL carries ?" + query + " (BENCH_DATABASE_QUERY), not the deployment's URL");
        }
        env.put("UPSTASH_REDIS_REST_URL", stack.upstashUrl());
        env.put("UPSTASH_REDIS_REST_TOKEN", stack.upstashToken());
        env.put("SM_ALLOWED_ORIGINS", "http://localhost:5173");
        env.put("SM_WEBHOOK_SECRET", SECRET);
        env.put("SM_RATE_LIMITS_USER_PER_MINUTE", String.valueOf(RATE_LIMIT));
        env.put("SM_RATE_LIMITS_PUBLIC_AUTH_PER_MINUTE", String.valueOf(RATE_LIMIT));
        env.put("SM_RATE_LIMITS_LOGIN_FAILURES_PER_WINDOW", String.valueOf(RATE_LIMIT));
        System.out.println("RATE LIMITS LIFTED for this run: SM_RATE_LIMITS_USER_PER_MINUTE, SM_RATE_LIMITS_PUBLIC_AUTH_PER_MINUTE"
                + " and SM_RATE_LIMITS_LOGIN_FAILURES_PER_WINDOW = " + RATE_LIMIT + " (the guard still counts every call)");
        return env;
    }

    /** Logs every user in through the API (BCrypt, so a few at a time). */
    private List<Session> login(int port, List<LoadData.SeededUser> users) throws Exception {
        long t0 = System.nanoTime();
        List<Session> sessions = new ArrayList<>(Collections.nCopies(users.size(), null));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < users.size(); i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    LoadData.SeededUser user = users.get(index);
                    byte[] body = ("{\"email\":\"" + LoadData.email(user.index()) + "\",\"password\":\""
                            + LoadData.PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8);
                    try (HttpConnection http = new HttpConnection(port)) {
                        HttpConnection.Response r = http.post("/login", body, Map.of());
                        if (r.status() != 200) {
                            throw new IllegalStateException("login " + user.index() + ": " + r.status() + " " + r.text());
                        }
                        String token = JSON.readTree(r.body()).path("session").path("token").asString();
                        sessions.set(index, new Session(user, token));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        System.out.printf("logged in %d users through /login (%.1f s)%n", users.size(), (System.nanoTime() - t0) / 1e9);
        return sessions;
    }

    private static void printErrors(LoadResult r) {
        r.errors().forEach((kind, count) -> System.out.println("    error " + count + " x " + kind));
        if (r.exhaustedClients() > 0) {
            System.out.println("    HARNESS: " + r.exhaustedClients() + " clients ran out of work");
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void printHeader(DeploymentCommand deployment, Path runDir, List<String> phases) {
        System.out.println("Sales Machine load benchmark (issue 8 targets 3, 5, 6): " + phases);
        System.out.println("date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        System.out.println("machine: " + machine());
        System.out.println("JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + " (" + System.getProperty("java.home") + ")");
        System.out.println("railway.json startCommand: " + deployment.startCommand());
        System.out.println("JVM flags used: " + String.join(" ", deployment.flags()) + "   <- " + deployment.flagSource());
        System.out.println("jar: " + deployment.jar());
        System.out.println("run directory (app logs): " + runDir);
    }

    private static String machine() {
        String cpu = "?";
        long memKb = 0;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
            memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
            String load = Files.readString(Path.of("/proc/loadavg")).trim();
            return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + (memKb / 1024) + " MB RAM, loadavg " + load;
        } catch (IOException e) {
            return Runtime.getRuntime().availableProcessors() + " cores";
        }
    }
}
