package com.salesmachine.session;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.salesmachine.support.ExtraInstance;
import com.salesmachine.support.TestHttp;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Per-call cost of the session guard: calls/s of {@code me} (guard = one Upstash EVALSHA, then one SELECT)
 * against {@code GET /health} on one instance, same concurrency, median of 3. Since issue 14 item 5 health answers
 * from a 1 s cache (one PING and one SELECT 1 a second), so the ratio compares the guard with a near-empty call.
 * Run with {@code bench/guard}. Loopback only, bounded by time.
 */
public final class GuardBenchmark {

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        ConfigurableApplicationContext app = ExtraInstance.start(Map.of("sm.rate-limits.user-per-minute", "100000000",
                "sm.rate-limits.public-auth-per-minute", "100000000", "sm.rate-limits.login-failures-per-window", "100000000",
                "logging.level.root", "WARN"));
        int port = ExtraInstance.port(app);
        TestHttp http = new TestHttp(port);
        String email = "bench-" + UUID.randomUUID() + "@example.com";
        var signup = http.post("signup", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\"}");
        String token = signup.json().path("session").path("token").asString();
        HttpRequest me = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/me"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).GET().build();
        rate(me, 2, concurrency); // warm-up
        rate(health, 2, concurrency);
        List<Double> meRates = new ArrayList<>();
        List<Double> healthRates = new ArrayList<>();
        for (int run = 1; run <= 3; run++) {
            double m = rate(me, seconds, concurrency);
            double h = rate(health, seconds, concurrency);
            meRates.add(m);
            healthRates.add(h);
            System.out.printf("run %d: me %.0f calls/s, health %.0f calls/s%n", run, m, h);
        }
        double meMedian = median(meRates);
        double healthMedian = median(healthRates);
        System.out.printf("median of 3 (%d s each, %d concurrent): me %.0f calls/s, health %.0f calls/s, me/health %.2f%n",
                seconds, concurrency, meMedian, healthMedian, meMedian / healthMedian);
        loginTiming(http, email);
        app.close();
        System.exit(0);
    }

    /** Each measurement gets its own client (its own connections), so one phase cannot slow the next. */
    private static double rate(HttpRequest request, int seconds, int concurrency) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 200 ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        client.close();
        if (failed.get() > 0) {
            System.out.println("  (" + failed.get() + " non-200 answers)");
        }
        return ok.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** A wrong password and an unknown e-mail should cost the same time (BCrypt against a dummy hash). */
    private static void loginTiming(TestHttp http, String email) {
        List<Double> wrongPassword = new ArrayList<>();
        List<Double> unknownEmail = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            wrongPassword.add(timeLogin(http, email));
            unknownEmail.add(timeLogin(http, "nobody-" + UUID.randomUUID() + "@example.com"));
        }
        System.out.printf("login 401 median of 21: wrong password %.1f ms, unknown e-mail %.1f ms%n",
                median(wrongPassword), median(unknownEmail));
    }

    private static double timeLogin(TestHttp http, String email) {
        long start = System.nanoTime();
        int status = http.post("login", "{\"email\":\"" + email + "\",\"password\":\"Wrong-pass-1\"}").status();
        if (status != 401) {
            throw new IllegalStateException("expected 401, got " + status);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
