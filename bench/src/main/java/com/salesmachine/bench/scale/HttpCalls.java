package com.salesmachine.bench.scale;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running jar over HTTP/1.1 on loopback as one signed-in user (Bearer token), and times closed loops:
 * one client, or N clients each sending its next call as soon as the previous one answered.
 */
final class HttpCalls {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private volatile String token;
    private final AtomicInteger reportedErrors = new AtomicInteger();

    HttpCalls(int port) {
        this.base = "http://127.0.0.1:" + port + "/";
    }

    record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** Logs in over HTTP (the public login function) and keeps the session token. */
    void login(String email, String password) {
        authenticate("login", java.util.Map.of("email", email, "password", password));
    }

    /** Signs a new user up over HTTP (the public signup function) and keeps the session token. */
    void signup(String email, String password, String fullName, String companyName) {
        authenticate("signup", java.util.Map.of("email", email, "password", password, "fullName", fullName,
                "companyName", companyName));
    }

    private void authenticate(String function, java.util.Map<String, String> body) {
        Answer answer = post(function, JSON.writeValueAsString(body));
        if (answer.status() != 200) {
            throw new IllegalStateException(function + " failed: " + answer.status() + " " + answer.body());
        }
        token = answer.json().path("session").path("token").asString();
    }

    Answer post(String function, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + function))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted");
        }
    }

    /** One client, {@code calls} calls in a row; body i is {@code body.apply(i)}. */
    Latencies single(String function, IntFunction<String> body, int calls) {
        long[] nanos = new long[calls];
        int errors = 0;
        long started = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            Answer answer = post(function, body.apply(i));
            nanos[i] = System.nanoTime() - t;
            errors += check(function, answer);
        }
        return Latencies.of(nanos, calls, errors, (System.nanoTime() - started) / 1e9);
    }

    /** {@code clients} closed-loop clients sharing {@code calls} calls, stopped early after {@code maxTime}. */
    Latencies concurrent(String function, IntFunction<String> body, int clients, int calls, Duration maxTime)
            throws InterruptedException {
        long[] nanos = new long[calls];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        long deadline = started + maxTime.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                int i;
                while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < calls) {
                    long t = System.nanoTime();
                    Answer answer = post(function, body.apply(i));
                    nanos[i] = System.nanoTime() - t;
                    errors.addAndGet(check(function, answer));
                    done.incrementAndGet();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // calls past the deadline were never sent: keep the first `done` slots that were filled
        int count = Math.min(done.get(), calls);
        long[] filled = java.util.Arrays.stream(nanos).filter(n -> n > 0).limit(count).toArray();
        return Latencies.of(filled, filled.length, errors.get(), seconds);
    }

    private int check(String function, Answer answer) {
        if (answer.status() == 200) {
            return 0;
        }
        if (reportedErrors.incrementAndGet() <= 5) {
            System.out.println("  ! " + function + " answered " + answer.status() + ": "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        return 1;
    }
}
