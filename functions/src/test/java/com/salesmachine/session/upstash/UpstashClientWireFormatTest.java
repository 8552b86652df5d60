package com.salesmachine.session.upstash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's requests and its reading of answers, checked byte for byte against a scripted HTTP server. */
class UpstashClientWireFormatTest {

    private MockWebServer server;
    private UpstashClient client;

    @BeforeEach
    void startServer() throws Exception {
        server = new MockWebServer();
        server.start();
        client = clientFor(false, Duration.ofSeconds(2));
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.close();
    }

    private UpstashClient clientFor(boolean base64, Duration timeout) {
        return new UpstashClient(new UpstashSettings(server.url("/").toString(), "secret-token", timeout, base64));
    }

    private void answer(int code, String json) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(json).build());
    }

    private RecordedRequest taken() throws InterruptedException {
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request).as("request reached the server").isNotNull();
        return request;
    }

    @Test
    void aCommandIsPostedToTheRootAsAJsonArrayWithTheBearerToken() throws Exception {
        answer(200, "{\"result\":\"OK\"}");

        Object result = client.command("SET", "k", "v", "EX", 60).block();

        RecordedRequest request = taken();
        assertThat(result).isEqualTo("OK");
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/");
        assertThat(request.getBody().utf8()).isEqualTo("[\"SET\",\"k\",\"v\",\"EX\",60]");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer secret-token");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Upstash-Encoding")).isNull();
    }

    @Test
    void byteArgumentsAreSentAsUtf8Text() throws Exception {
        answer(200, "{\"result\":1}");

        client.command("SADD", "s", "é".getBytes(StandardCharsets.UTF_8)).block();

        assertThat(taken().getBody().utf8()).isEqualTo("[\"SADD\",\"s\",\"é\"]");
    }

    @Test
    void argumentsOtherThanTextNumbersOrBytesAreRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> client.command("SET", "k", List.of("v")).block())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void resultsOfEveryTypeAreReadAsNullLongStringOrNestedLists() {
        answer(200, "{\"result\":null}");
        answer(200, "{\"result\":42}");
        answer(200, "{\"result\":\"text\"}");
        answer(200, "{\"result\":[\"a\",1,null,[\"b\",2]]}");

        assertThat(client.command("GET", "missing").block()).isNull();
        assertThat(client.command("INCR", "n").block()).isEqualTo(42L);
        assertThat(client.command("GET", "k").block()).isEqualTo("text");
        assertThat(client.command("LRANGE", "l", 0, -1).block())
                .isEqualTo(java.util.Arrays.asList("a", 1L, null, List.of("b", 2L)));
    }

    @Test
    void base64ModeSendsTheHeaderAndDecodesEveryStringExceptOk() throws Exception {
        UpstashClient base64Client = clientFor(true, Duration.ofSeconds(2));
        try {
            answer(200, "{\"result\":\"OK\"}");
            answer(200, "{\"result\":\"" + b64("héllo") + "\"}");
            answer(200, "{\"result\":[\"" + b64("a") + "\",7,null,[\"" + b64("OK") + "\"]]}");

            assertThat(base64Client.command("SET", "k", "héllo").block()).isEqualTo("OK");
            assertThat(base64Client.command("GET", "k").block()).isEqualTo("héllo");
            assertThat(base64Client.command("X").block())
                    .isEqualTo(java.util.Arrays.asList("a", 7L, null, List.of("OK")));
            assertThat(taken().getHeaders().get("Upstash-Encoding")).isEqualTo("base64");
        } finally {
            base64Client.close();
        }
    }

    @Test
    void aRedisErrorReplyBecomesACommandException() {
        answer(400, "{\"error\":\"WRONGTYPE Operation against a key holding the wrong kind of value\"}");

        assertThatThrownBy(() -> client.command("INCR", "hash").block())
                .isInstanceOf(UpstashCommandException.class)
                .hasMessageStartingWith("WRONGTYPE");
    }

    @Test
    void aPipelineIsPostedAsAnArrayOfArraysAndAnswersOneResultOrErrorPerCommand() throws Exception {
        answer(200, "[{\"result\":\"OK\"},{\"error\":\"ERR value is not an integer or out of range\"},{\"result\":3}]");

        List<UpstashResult> results = client.pipeline(List.of(
                List.of("SET", "a", "x"), List.of("INCR", "a"), List.of("INCRBY", "b", 3))).block();

        RecordedRequest request = taken();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/pipeline");
        assertThat(request.getBody().utf8()).isEqualTo("[[\"SET\",\"a\",\"x\"],[\"INCR\",\"a\"],[\"INCRBY\",\"b\",3]]");
        assertThat(results).containsExactly(
                new UpstashResult("OK", null),
                new UpstashResult(null, "ERR value is not an integer or out of range"),
                new UpstashResult(3L, null));
        assertThat(results.get(1).isError()).isTrue();
    }

    @Test
    void aTransactionIsPostedToMultiExec() throws Exception {
        answer(200, "[{\"result\":1},{\"result\":2}]");

        List<UpstashResult> results = client.multiExec(List.of(List.of("INCR", "n"), List.of("INCR", "n"))).block();

        assertThat(taken().getUrl().encodedPath()).isEqualTo("/multi-exec");
        assertThat(results).extracting(UpstashResult::result).containsExactly(1L, 2L);
    }

    @Test
    void evalTriesEvalshaFirstAndFallsBackToEvalOnNoscript() throws Exception {
        LuaScript script = new LuaScript("return redis.call('GET', KEYS[1])");
        answer(400, "{\"error\":\"NOSCRIPT No matching script. Please use EVAL.\"}");
        answer(200, "{\"result\":\"v\"}");
        answer(200, "{\"result\":\"v\"}");

        assertThat(client.eval(script, List.of("k"), List.of("a1", 2)).block()).isEqualTo("v");
        assertThat(client.eval(script, List.of("k"), List.of("a1", 2)).block()).isEqualTo("v");

        String sha = script.sha1();
        assertThat(taken().getBody().utf8()).isEqualTo("[\"EVALSHA\",\"" + sha + "\",1,\"k\",\"a1\",2]");
        assertThat(taken().getBody().utf8())
                .isEqualTo("[\"EVAL\",\"return redis.call('GET', KEYS[1])\",1,\"k\",\"a1\",2]");
        assertThat(taken().getBody().utf8()).startsWith("[\"EVALSHA\"");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void evalDoesNotRetryOtherScriptErrors() {
        answer(400, "{\"error\":\"ERR Error running script\"}");

        assertThatThrownBy(() -> client.eval(new LuaScript("return x()"), List.of(), List.of()).block())
                .isInstanceOf(UpstashCommandException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theScriptDigestIsRedisesSha1OfTheSource() {
        // sha1("return 1") as printed by redis-cli SCRIPT LOAD "return 1"
        assertThat(new LuaScript("return 1").sha1()).isEqualTo("e0e1f9fabfc9d4800c877a703b823ac0578ff8db");
        assertThat(new LuaScript("return 1")).isEqualTo(new LuaScript("return 1")).isNotEqualTo(new LuaScript("return 2"));
    }

    @Test
    void pingIsTrueOnPongAndFalseWhenUpstashFails() {
        answer(200, "{\"result\":\"PONG\"}");
        answer(503, "{\"error\":\"down\"}");

        assertThat(client.ping().block()).isTrue();
        assertThat(client.ping().block()).isFalse();
    }

    @Test
    void aServerErrorMeansUnavailable() {
        answer(502, "Bad Gateway");

        assertThatThrownBy(() -> client.command("GET", "k").block())
                .isInstanceOf(UpstashUnavailableException.class)
                .hasMessageContaining("502");
    }

    @Test
    void aRejectedTokenMeansUnavailableBecauseItIsAMisconfiguration() {
        answer(401, "{\"error\":\"Unauthorized\"}");

        assertThatThrownBy(() -> client.command("GET", "k").block())
                .isInstanceOf(UpstashUnavailableException.class)
                .hasMessageContaining("401");
    }

    @Test
    void anUnreadableAnswerMeansUnavailable() {
        answer(200, "<html>proxy error</html>");

        assertThatThrownBy(() -> client.command("GET", "k").block())
                .isInstanceOf(UpstashUnavailableException.class);
    }

    @Test
    void aSlowServerFailsWithUnavailableWithinTheTimeout() {
        UpstashClient impatient = clientFor(false, Duration.ofMillis(300));
        server.enqueue(new MockResponse.Builder().body("{\"result\":\"late\"}").headersDelay(3, TimeUnit.SECONDS).build());
        try {
            long start = System.nanoTime();
            assertThatThrownBy(() -> impatient.command("GET", "k").block())
                    .isInstanceOf(UpstashUnavailableException.class)
                    .hasMessageContaining("300 ms");
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(elapsedMillis).isBetween(250L, 1_000L);
        } finally {
            impatient.close();
        }
    }

    @Test
    void subscribingReturnsBeforeTheAnswerAndTheResultArrivesOnAnHttpThread() throws Exception {
        server.enqueue(new MockResponse.Builder().body("{\"result\":\"PONG\"}").headersDelay(1, TimeUnit.SECONDS).build());
        java.util.concurrent.CompletableFuture<String> thread = new java.util.concurrent.CompletableFuture<>();

        client.command("PING").subscribe(result -> thread.complete(Thread.currentThread().getName()));

        assertThat(thread).as("subscribe() returned while the answer is still 1 s away").isNotDone();
        assertThat(thread.get(5, TimeUnit.SECONDS)).isNotEqualTo(Thread.currentThread().getName()).startsWith("OkHttp");
    }

    @Test
    void disposingTheSubscriptionCancelsTheHttpCall() throws Exception {
        server.enqueue(new MockResponse.Builder().body("{\"result\":\"late\"}").headersDelay(1, TimeUnit.SECONDS).build());

        reactor.core.Disposable subscription = client.command("GET", "k").subscribe();
        taken();
        assertThat(client.callsInFlight()).isEqualTo(1);
        subscription.dispose();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (client.callsInFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(client.callsInFlight()).isZero();
    }

    @Test
    void aRefusedConnectionMeansUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (UpstashClient nowhere = new UpstashClient(UpstashSettings.of("http://127.0.0.1:" + closedPort, "t"))) {
            assertThatThrownBy(() -> nowhere.command("PING").block())
                    .isInstanceOf(UpstashUnavailableException.class)
                    .hasMessageContaining("unreachable");
        }
    }

    @Test
    void theLatestSyncTokenIsSentBack() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("upstash-sync-token", "sync-7").body("{\"result\":\"OK\"}").build());
        answer(200, "{\"result\":\"v\"}");

        client.command("SET", "k", "v").block();
        client.command("GET", "k").block();

        assertThat(taken().getHeaders().get("upstash-sync-token")).isNull();
        assertThat(taken().getHeaders().get("upstash-sync-token")).isEqualTo("sync-7");
    }

    @Test
    void sequentialCallsReuseOnePooledConnection() throws Exception {
        answer(200, "{\"result\":\"PONG\"}");
        answer(200, "{\"result\":\"PONG\"}");
        answer(200, "{\"result\":\"PONG\"}");

        client.ping().block();
        client.ping().block();
        client.ping().block();

        assertThat(taken().getConnectionIndex()).isZero();
        assertThat(taken().getConnectionIndex()).isZero();
        assertThat(taken().getConnectionIndex()).isZero();
    }

    @Test
    void settingsNeverPrintTheToken() {
        assertThat(UpstashSettings.of("http://h/", "secret").toString()).doesNotContain("secret").contains("url=http://h,");
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
