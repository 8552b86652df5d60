package com.salesmachine.reliability.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.salesmachine.integration.Signatures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP calls to the balancer the way the SPA (bearer token) and the workflow engine (HMAC) make them. Every call
 * is recorded as an {@link Outcome}, so a scenario can count what failed, when, and how long it took.
 */
final class Calls {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** A call that takes longer than this is a hang, whatever it finally answers. */
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

    /** One request: its function, when it started and ended (System.nanoTime), status (0 = no HTTP answer). */
    record Outcome(String function, long start, long end, int status, String errorCode, String failure) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        long millis() {
            return (end - start) / 1_000_000;
        }

        @Override
        public String toString() {
            return function + " " + (status == 0 ? failure : status + (errorCode == null ? "" : " " + errorCode))
                    + " in " + millis() + " ms";
        }
    }

    record Answer(Outcome outcome, JsonNode body) {
        boolean ok() {
            return outcome.ok();
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final byte[] secret;
    private final ConcurrentLinkedQueue<Outcome> recorded = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();

    Calls(String base, String webhookSecret) {
        this.base = base;
        this.secret = webhookSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** A user-class call with a bearer token. */
    Answer user(String token, String function, String json) {
        return send(function, json, Map.of("Authorization", "Bearer " + token));
    }

    Answer anonymous(String function, String json) {
        return send(function, json, Map.of());
    }

    /** An integration call, signed over the exact bytes sent, under the given delivery id. */
    Answer signed(String function, String json, String deliveryId) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        return send(function, json, Map.of("X-Sm-Timestamp", timestamp,
                "X-Sm-Signature", "sha256=" + Signatures.hmacHex(secret, timestamp, function, deliveryId, body),
                "X-Sm-Delivery-Id", deliveryId));
    }

    Answer signed(String function, String json) {
        return signed(function, json, "rel-" + UUID.randomUUID());
    }

    private Answer send(String function, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/" + function))
                .timeout(CLIENT_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        String requestId = UUID.randomUUID().toString();
        request.header("X-Request-Id", requestId); // in HAProxy's log and the instance's, to follow a failure
        inFlight.incrementAndGet();
        long start = System.nanoTime();
        Outcome outcome;
        JsonNode body = null;
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            body = parse(response.body());
            JsonNode error = body == null ? null : body.path("error").path("code");
            String code = error == null || error.isMissingNode() ? null : error.asString();
            outcome = new Outcome(function, start, System.nanoTime(), response.statusCode(), code, null);
        } catch (IOException e) {
            outcome = new Outcome(function, start, System.nanoTime(), 0, null,
                    e.getClass().getSimpleName() + " (" + e.getMessage() + ", request " + requestId + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = new Outcome(function, start, System.nanoTime(), 0, null, "interrupted");
        } finally {
            inFlight.decrementAndGet();
        }
        recorded.add(outcome);
        return new Answer(outcome, body);
    }

    private static JsonNode parse(String body) {
        try {
            return body.isEmpty() ? null : JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Requests on the wire right now (all instances together). */
    int inFlight() {
        return inFlight.get();
    }

    /** Everything recorded since the last call, oldest first; the record starts empty again. */
    List<Outcome> drain() {
        List<Outcome> all = new java.util.ArrayList<>();
        Outcome o;
        while ((o = recorded.poll()) != null) {
            all.add(o);
        }
        return all;
    }

    /** {@code GET path} straight to one instance or the balancer, not recorded. */
    static HttpResponse<String> get(String url, Duration timeout) throws IOException, InterruptedException {
        try (HttpClient c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            return c.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
