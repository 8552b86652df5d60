package com.salesmachine.faas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.RawHttp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One table of hostile and odd requests (method, path, headers, body -> status, error code, {@code Allow}), sent
 * over both transports: raw HTTP/1.1 bytes to the HTTP deployment and API Gateway v2 events to the Lambda handler.
 * Every answer, whatever the request, carries the contract's error shape with its request id, the API's
 * {@code Cache-Control: no-store} and {@code X-Content-Type-Options: nosniff}, and no body on a {@code HEAD}.
 */
class TransportContractTest extends ApplicationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JSON_TYPE = "application/json";
    /** A well-formed session token no session has: the origin rules are decided before the store is asked. */
    private static final String UNKNOWN_TOKEN = "A".repeat(43);
    private static final String OVERSIZED = "{\"email\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";

    record Case(String name, String method, String path, Map<String, String> headers, String body,
                int status, String code, String allow) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("GET /health", "GET", "/health", Map.of(), null, 200, null, null));
        cases.add(new Case("HEAD /health answers like GET without a body", "HEAD", "/health", Map.of(), null, 200, null, null));
        cases.add(new Case("POST /health", "POST", "/health", json(), "{}", 405, "INVALID_REQUEST", "GET, HEAD"));
        cases.add(new Case("TRACE /health", "TRACE", "/health", Map.of(), null, 405, "INVALID_REQUEST", "GET, HEAD"));
        cases.add(new Case("GET of a function", "GET", "/login", Map.of(), null, 405, "INVALID_REQUEST", "POST"));
        cases.add(new Case("HEAD of a function", "HEAD", "/login", Map.of(), null, 405, "INVALID_REQUEST", "POST"));
        cases.add(new Case("PUT of a function with a body", "PUT", "/login", json(), "{}", 405, "INVALID_REQUEST", "POST"));
        cases.add(new Case("an invented method", "BREW", "/login", json(), "{}", 405, "INVALID_REQUEST", "POST"));
        cases.add(new Case("OPTIONS that is no preflight", "OPTIONS", "/login", Map.of(), null, 405, "INVALID_REQUEST", "POST"));
        cases.add(new Case("an unknown function", "POST", "/nope", json(), "{}", 404, "NOT_FOUND", null));
        cases.add(new Case("the root", "GET", "/", Map.of(), null, 404, "NOT_FOUND", null));
        cases.add(new Case("a pipe in the path (function composition)", "POST", "/me|logout", json(), "{}", 404, "NOT_FOUND", null));
        cases.add(new Case("a comma in the path", "POST", "/me,logout", json(), "{}", 404, "NOT_FOUND", null));
        cases.add(new Case("a broken percent escape", "GET", "/%", Map.of(), null, 404, "NOT_FOUND", null));
        cases.add(new Case("a space in the path", "POST", "/me%20", json(), "{}", 404, "NOT_FOUND", null));
        cases.add(new Case("a nested path", "POST", "/login/x", json(), "{}", 404, "NOT_FOUND", null));
        cases.add(new Case("not JSON", "POST", "/login", Map.of("Content-Type", "text/plain"), "{}", 415, "UNSUPPORTED_MEDIA_TYPE", null));
        cases.add(new Case("no content type", "POST", "/login", Map.of(), "{}", 415, "UNSUPPORTED_MEDIA_TYPE", null));
        cases.add(new Case("a body over 1 MiB", "POST", "/login", json(), OVERSIZED, 413, "PAYLOAD_TOO_LARGE", null));
        cases.add(new Case("broken JSON", "POST", "/login", json(), "{\"email\":", 400, "INVALID_REQUEST", null));
        cases.add(new Case("a user function without a session", "POST", "/me", json(), "{}", 401, "UNAUTHORIZED", null));
        cases.add(new Case("an integration function without a signature", "POST", "/claimOutbound", json(), "{\"limit\":1}",
                401, "UNAUTHORIZED", null));
        // n8n's HTTP node sends Accept: text/*; the function layer once answered 200 text/event-stream around the 401
        cases.add(new Case("an unsigned integration call accepting text/*", "POST", "/claimOutbound",
                with(json(), "Accept", "text/*"), "{\"limit\":1}", 401, "UNAUTHORIZED", null));
        cases.add(new Case("broken JSON accepting text/event-stream", "POST", "/login",
                with(json(), "Accept", "text/event-stream"), "{\"email\":", 400, "INVALID_REQUEST", null));
        cases.add(new Case("the cookie from a foreign Origin", "POST", "/me",
                with(json(), "Cookie", "sm_session=" + UNKNOWN_TOKEN, "Origin", "https://evil.example"), "{}",
                403, "FORBIDDEN", null));
        cases.add(new Case("the cookie with no Origin but Sec-Fetch-Site: cross-site", "POST", "/me",
                with(json(), "Cookie", "sm_session=" + UNKNOWN_TOKEN, "Sec-Fetch-Site", "cross-site"), "{}",
                403, "FORBIDDEN", null));
        cases.add(new Case("the cookie with no Origin from the same site", "POST", "/me",
                with(json(), "Cookie", "sm_session=" + UNKNOWN_TOKEN, "Sec-Fetch-Site", "same-site"), "{}",
                401, "UNAUTHORIZED", null));
        return cases;
    }

    static Stream<Arguments> overBothTransports() {
        return cases().stream().flatMap(c -> Stream.of(Arguments.of("http", c), Arguments.of("lambda", c)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overBothTransports")
    void everyRequestGetsTheContractsAnswerOverBothTransports(String transport, Case c) {
        Answer answer = transport.equals("http") ? overHttp(c) : overLambda(c);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(c.status());
        assertThat(answer.header("Cache-Control")).as("Cache-Control").isEqualTo("no-store");
        assertThat(answer.header("X-Content-Type-Options")).as("X-Content-Type-Options").isEqualTo("nosniff");
        assertThat(answer.header("X-Request-Id")).as("X-Request-Id").isNotBlank();
        assertThat(answer.header("Allow")).as("Allow").isEqualTo(c.allow());
        if (c.method().equals("HEAD")) {
            assertThat(answer.body()).as("a HEAD answer has no body").isEmpty();
            return;
        }
        assertThat(answer.header("Content-Type")).startsWith(JSON_TYPE);
        JsonNode body = JSON.readTree(answer.body());
        if (c.code() == null) {
            assertThat(body.has("error")).as(answer.body()).isFalse();
        } else {
            assertThat(body.path("error").path("code").asString()).as(answer.body()).isEqualTo(c.code());
            assertThat(body.path("error").path("requestId").asString()).isEqualTo(answer.header("X-Request-Id"));
            assertThat(body.path("error").path("message").asString()).isNotBlank();
        }
        if (c.path().equals("/health") && c.code() == null) {
            assertThat(body.path("status").asString()).isEqualTo("UP");
            assertThat(body.has("version")).as("the build version is not for anonymous callers").isFalse();
            assertThat(body.has("instance")).as("pid@host is not for anonymous callers").isFalse();
        }
    }

    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    private Answer overHttp(Case c) {
        Map<String, String> headers = with(c.headers(), "X-Forwarded-For", "192.0.2." + (1 + (int) (Math.random() * 250)));
        RawHttp.Answer a = RawHttp.send(port, c.method(), c.path(), headers,
                c.body() == null ? null : c.body().getBytes(StandardCharsets.UTF_8));
        return new Answer(a.status(), a.headers(), a.body());
    }

    private static Answer overLambda(Case c) {
        String name = c.path().substring(1);
        LambdaEvent event = LambdaEvent.post(name, c.body() == null ? "" : c.body())
                .method(c.method()).withoutHeader("origin").withoutHeader("content-type")
                .sourceIp("192.0.2." + (1 + (int) (Math.random() * 250)));
        if (c.body() == null) {
            event.withoutBody();
        }
        c.headers().forEach((header, value) -> {
            if (header.equalsIgnoreCase("Cookie")) {
                event.cookies(List.of(value));
            } else {
                event.header(header, value);
            }
        });
        LambdaResponse r = LambdaHandler.invoke(event);
        return new Answer(r.statusCode(), r.headers(), r.body() == null ? "" : r.body());
    }

    private static Map<String, String> json() {
        return Map.of("Content-Type", JSON_TYPE);
    }

    private static Map<String, String> with(Map<String, String> base, String... nameValues) {
        Map<String, String> out = new LinkedHashMap<>(base);
        for (int i = 0; i < nameValues.length; i += 2) {
            out.put(nameValues[i], nameValues[i + 1]);
        }
        return out;
    }
}
