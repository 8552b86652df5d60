package com.salesmachine.platform.config;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of the JDK AOT cache (see docs/architecture.md "Cold start"): with the application
 * started, sends the requests a fresh instance serves first, so the classes of the HTTP, pipeline, JSON,
 * session and database paths are loaded and linked into the cache. The backing services are usually not
 * reachable at build time; the requests then end in 401/400/503 answers, which still walk those paths.
 */
public final class AotTraining {

    private static final String JSON = "application/json";

    private AotTraining() {
    }

    /** Sends the training requests to the application on {@code port}; returns one status line per request. */
    public static List<String> exercise(int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(URI.create(base + "/health")).GET().build(),
                post(base + "/me", "{}").header("Authorization", "Bearer " + "A".repeat(43)).build(),
                post(base + "/me", "{}").build(),
                post(base + "/login", "{\"email\":\"training@example.com\",\"password\":\"training-pass-1\"}").build(),
                post(base + "/login", "{\"email\":").build(),
                post(base + "/listProspects", "{\"limit\":50}").header("Authorization", "Bearer " + "A".repeat(43)).build(),
                post(base + "/ingestProspects", "{}").header("X-Sm-Timestamp", "0").header("X-Sm-Signature", "00")
                        .header("X-Sm-Delivery-Id", "aot-training").build(),
                HttpRequest.newBuilder(URI.create(base + "/me")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "https://training.invalid").header("Access-Control-Request-Method", "POST").build(),
                post(base + "/noSuchFunction", "{}").build());
        List<String> statuses = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (HttpRequest request : requests) {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                statuses.add(request.method() + " " + request.uri().getPath() + " -> " + response.statusCode());
            }
        }
        return statuses;
    }

    private static HttpRequest.Builder post(String uri, String body) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", JSON)
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
