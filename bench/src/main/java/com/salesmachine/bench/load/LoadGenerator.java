package com.salesmachine.bench.load;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load on loopback: {@code clients} virtual threads, each with its own HTTP/1.1 keep-alive
 * connection, send their next call as soon as the previous answer arrived, until the duration is over or
 * {@code maxCalls} were sent. Every latency of a 2xx answer is kept; every other answer or transport failure is
 * counted by kind ({@code HTTP 409 CONFLICT}, {@code transport SocketTimeoutException}, ...). Nothing is retried.
 */
final class LoadGenerator {

    private static final Pattern ERROR_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");

    private final int port;

    LoadGenerator(int port) {
        this.port = port;
    }

    LoadResult run(String label, Scenario scenario, int clients, Duration duration, long maxCalls) {
        AtomicLong budget = new AtomicLong(maxCalls);
        List<Recorder> recorders = new ArrayList<>();
        List<Scenario.Script> scripts = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            recorders.add(new Recorder());
            scripts.add(scenario.client(i));
        }
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Recorder recorder = recorders.get(i);
                Scenario.Script script = scripts.get(i);
                running.add(threads.submit(() -> drive(script, recorder, deadline, budget)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("load client failed", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return LoadResult.merge(label, clients, seconds, recorders);
    }

    private void drive(Scenario.Script script, Recorder recorder, long deadline, AtomicLong budget) {
        try (HttpConnection connection = new HttpConnection(port)) {
            while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                Call call = script.next();
                if (call == null) {
                    recorder.exhausted = true;
                    return;
                }
                long sent = System.nanoTime();
                try {
                    HttpConnection.Response response = connection.post(call.path(), call.body(), call.headers());
                    long nanos = System.nanoTime() - sent;
                    if (response.status() / 100 == 2) {
                        recorder.ok(call, nanos);
                    } else {
                        recorder.error(call, "HTTP " + response.status() + " " + errorCode(response.text()));
                    }
                } catch (IOException | RuntimeException e) {
                    recorder.error(call, "transport " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
    }

    private static String errorCode(String body) {
        Matcher m = ERROR_CODE.matcher(body);
        return m.find() ? m.group(1) : "(no error code)";
    }

    /** One client's figures; merged after the run, so no contention while it runs. */
    static final class Recorder {
        final Map<String, Latencies> byOperation = new TreeMap<>();
        final Map<String, Latencies> byKind = new TreeMap<>();
        final Latencies all = new Latencies();
        final Map<String, Long> errors = new TreeMap<>();
        boolean exhausted;

        void ok(Call call, long nanos) {
            all.add(nanos);
            byOperation.computeIfAbsent(call.operation(), k -> new Latencies()).add(nanos);
            byKind.computeIfAbsent(call.kind(), k -> new Latencies()).add(nanos);
        }

        void error(Call call, String kind) {
            errors.merge(call.operation() + ": " + kind, 1L, Long::sum);
        }
    }
}
