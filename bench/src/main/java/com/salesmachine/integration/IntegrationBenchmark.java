package com.salesmachine.integration;

import com.salesmachine.SalesMachineApplication;
import com.salesmachine.localstack.LocalStack;
import com.salesmachine.support.TestHttp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Figures for the closing note, run by bench/integration against the real local stack over HTTP:
 * ingest throughput (500-item batches, median of 3 runs) and claimOutbound latency with 100,000 queued messages.
 */
public final class IntegrationBenchmark {

    public static void main(String[] args) {
        LocalStack stack = LocalStack.startOnRandomPorts();
        SpringApplication app = new SpringApplication(SalesMachineApplication.class);
        app.setAdditionalProfiles("local");
        ConfigurableApplicationContext ctx = app.run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--logging.level.root=WARN",
                "--spring.r2dbc.url=" + stack.r2dbcUrl(),
                "--spring.r2dbc.username=" + stack.postgres().username(),
                "--spring.r2dbc.password=" + stack.postgres().password(),
                "--spring.flyway.url=" + stack.jdbcUrl(),
                "--spring.flyway.user=" + stack.postgres().username(),
                "--spring.flyway.password=" + stack.postgres().password(),
                "--spring.flyway.enabled=true",
                "--sm.env=local",
                "--sm.upstash.url=" + stack.upstashUrl(),
                "--sm.upstash.token=" + stack.upstashToken(),
                "--sm.webhook-secret=" + Webhook.SECRET);
        int exit = 0;
        try {
            int port = ctx.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            Webhook webhook = new Webhook(new TestHttp(port), Instant::now);
            Fixtures fx = new Fixtures(ctx.getBean(DatabaseClient.class));
            ingestThroughput(webhook, fx);
            claimLatency(webhook, fx);
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            ctx.close();
        }
        System.exit(exit);
    }

    static void ingestThroughput(Webhook webhook, Fixtures fx) {
        int batches = 10;
        webhook.call("ingestProspects", batch(fx.user(), 0)); // warm-up (JIT, pool)
        List<Double> runs = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            UUID user = fx.user();
            long start = System.nanoTime();
            for (int b = 0; b < batches; b++) {
                TestHttp.Response r = webhook.call("ingestProspects", batch(user, b));
                if (r.status() != 200 || r.json().path("created").asInt() != 500) {
                    throw new IllegalStateException("ingest failed: " + r.status() + " " + r.body());
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            runs.add(batches * 500 / seconds);
            System.out.printf("ingest run %d: %d prospects in %.2f s = %.0f prospects/s%n", run + 1, batches * 500, seconds,
                    batches * 500 / seconds);
        }
        Collections.sort(runs);
        System.out.printf("INGEST median of 3: %.0f prospects/s (500-item batches)%n", runs.get(1));
    }

    static String batch(UUID user, int b) {
        String items = IntStream.range(0, 500)
                .mapToObj(i -> "{\"fullName\":\"Bench Person " + b + "-" + i + "\",\"companyName\":\"Bench Co\",\"jobTitle\":\"CTO\","
                        + "\"email\":\"bench-" + b + "-" + i + "-" + user + "@example.com\","
                        + "\"linkedinUrl\":\"https://www.linkedin.com/in/bench-" + b + "-" + i + "-" + user + "\"}")
                .collect(Collectors.joining(","));
        return "{\"userId\":\"" + user + "\",\"prospects\":[" + items + "]}";
    }

    static void claimLatency(Webhook webhook, Fixtures fx) {
        int users = 1000;
        int perUser = 100;
        long start = System.nanoTime();
        for (int u = 0; u < users; u++) {
            UUID user = fx.user("Europe/Paris", "{\"dailyEmailLimit\":100}");
            fx.queuedEmails(user, fx.prospect(user), perUser);
        }
        fx.exec("ANALYZE outbound_messages");
        System.out.printf("queued %d messages for %d users in %.1f s%n", users * perUser, users, (System.nanoTime() - start) / 1e9);
        for (int limit : new int[] {1, 100}) {
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < 21; i++) {
                long t = System.nanoTime();
                TestHttp.Response r = webhook.call("claimOutbound", "{\"limit\":" + limit + "}");
                millis.add((System.nanoTime() - t) / 1e6);
                if (r.status() != 200 || r.json().path("items").size() != limit) {
                    throw new IllegalStateException("claim failed: " + r.status() + " " + r.body());
                }
            }
            millis.removeFirst(); // warm-up
            Collections.sort(millis);
            System.out.printf("CLAIM limit %d with ~%d queued: median %.1f ms, p95 %.1f ms, max %.1f ms (20 calls, HTTP round trip)%n",
                    limit, users * perUser, millis.get(10), millis.get(18), millis.get(19));
        }
    }

    private IntegrationBenchmark() {
    }
}
