package com.salesmachine.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls against a running instance, the way the SPA and the workflow engine call it. */
public final class TestHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final int port;
    /** Each client is its own address, so per-IP limits apply per test client, as per browser in production. */
    private final String clientIp = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
            + (1 + (int) (Math.random() * 250));

    public TestHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.port = port;
    }

    public int port() {
        return port;
    }

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String errorCode() {
            return json().path("error").path("code").asString();
        }
    }

    /** The client address this client sends as X-Forwarded-For (unless a call names another). */
    public String clientIp() {
        return clientIp;
    }

    public Response post(String function, String body) {
        return post(function, body, Map.of());
    }

    public Response post(String function, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/" + function))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (!headers.containsKey("X-Forwarded-For")) {
            request.header("X-Forwarded-For", clientIp);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    public Response postBytes(String function, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/" + function))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    /** A JSON body sent with Transfer-Encoding: chunked (no Content-Length), as a streaming client sends it. */
    public Response postChunked(String function, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + "/" + function))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build());
    }

    /**
     * Any method, path, bytes and headers, exactly as given (no Content-Type added; X-Forwarded-For only if
     * absent): for hostile-input tests. A header value the JDK client refuses to send throws IllegalArgumentException.
     */
    public Response raw(String method, String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (!headers.containsKey("X-Forwarded-For")) {
            request.header("X-Forwarded-For", clientIp);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    public Response request(String method, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return send(request.build());
    }

    public Response get(String path) {
        return request("GET", path, Map.of());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
