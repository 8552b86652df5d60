package com.salesmachine.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway's HTTP protocol, byte for byte, against a real Redis. */
class UpstashGatewayTest {

    private static final String TOKEN = "gateway-test-token";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static EmbeddedRedisServer redis;
    private static UpstashGateway gateway;

    @BeforeAll
    static void start() {
        redis = new EmbeddedRedisServer(0).start();
        gateway = new UpstashGateway(0, TOKEN, redis.host(), redis.port()).start();
    }

    @AfterAll
    static void stop() {
        gateway.close();
        redis.close();
    }

    @BeforeEach
    void emptyRedis() throws Exception {
        post("/", "[\"FLUSHALL\"]");
        gateway.resetCounters();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(gateway.url() + path)).header("Authorization", "Bearer " + TOKEN);
    }

    private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(to(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> postBase64(String path, String json) throws IOException, InterruptedException {
        return send(to(path).header("Upstash-Encoding", "base64").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDelaySlowsEveryAnswerUntilItIsCleared() throws Exception {
        gateway.setDelay(Duration.ofMillis(400));
        long start = System.nanoTime();
        HttpResponse<String> slow;
        try {
            slow = post("/", "[\"PING\"]");
        } finally {
            gateway.setDelay(Duration.ZERO);
        }
        long slowMillis = (System.nanoTime() - start) / 1_000_000;
        HttpResponse<String> fast = post("/", "[\"PING\"]");

        assertThat(slow.body()).isEqualTo("{\"result\":\"PONG\"}");
        assertThat(slowMillis).isGreaterThanOrEqualTo(400);
        assertThat(fast.body()).isEqualTo("{\"result\":\"PONG\"}");
    }

    @Test
    void aSingleCommandIsAJsonArrayAndItsResultComesBackUnderResult() throws Exception {
        HttpResponse<String> set = post("/", "[\"SET\",\"k\",\"v\",\"EX\",60]");
        HttpResponse<String> get = post("/", "[\"GET\",\"k\"]");
        HttpResponse<String> ttl = post("/", "[\"TTL\",\"k\"]");

        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(set.body()).isEqualTo("{\"result\":\"OK\"}");
        assertThat(set.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(get.body()).isEqualTo("{\"result\":\"v\"}");
        assertThat(ttl.body()).matches("\\{\"result\":(60|59)}");
    }

    @Test
    void nilIsNullIntegersAreNumbersAndArraysAreArrays() throws Exception {
        post("/", "[\"RPUSH\",\"list\",\"a\",\"b\"]");

        assertThat(post("/", "[\"GET\",\"missing\"]").body()).isEqualTo("{\"result\":null}");
        assertThat(post("/", "[\"INCRBY\",\"n\",5]").body()).isEqualTo("{\"result\":5}");
        assertThat(post("/", "[\"LRANGE\",\"list\",0,-1]").body()).isEqualTo("{\"result\":[\"a\",\"b\"]}");
        assertThat(post("/", "[\"MGET\",\"n\",\"missing\"]").body()).isEqualTo("{\"result\":[\"5\",null]}");
    }

    @Test
    void theTokenIsRequired() throws Exception {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(gateway.url() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("[\"PING\"]")));
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(gateway.url() + "/"))
                .header("Authorization", "Bearer not-the-token")
                .POST(HttpRequest.BodyPublishers.ofString("[\"PING\"]")));

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.body()).isEqualTo("{\"error\":\"Unauthorized\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(gateway.requestCount()).isEqualTo(2);
        assertThat(gateway.commandCount()).isZero();
    }

    @Test
    void aRedisErrorIsA400WithTheRedisMessage() throws Exception {
        post("/", "[\"HSET\",\"h\",\"f\",\"v\"]");

        HttpResponse<String> wrongType = post("/", "[\"INCR\",\"h\"]");
        HttpResponse<String> unknown = post("/", "[\"NOSUCHCOMMAND\"]");

        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).startsWith("{\"error\":\"WRONGTYPE");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown command");
    }

    @Test
    void aBodyThatIsNotACommandIsA400() throws Exception {
        assertThat(post("/", "{\"SET\":1}").statusCode()).isEqualTo(400);
        assertThat(post("/", "not json").statusCode()).isEqualTo(400);
        assertThat(post("/", "[]").statusCode()).isEqualTo(400);
        assertThat(post("/pipeline", "[\"GET\",\"k\"]").statusCode()).isEqualTo(400);
    }

    @Test
    void thePathFormRunsTheCommandInThePathWithTheBodyAndQueryAppended() throws Exception {
        HttpResponse<String> set = send(to("/set/path%20key/v%2F1"));
        HttpResponse<String> get = send(to("/get/path%20key"));
        HttpResponse<String> postedValue = send(to("/set/posted").POST(HttpRequest.BodyPublishers.ofString("{\"json\":true}")));
        HttpResponse<String> withExpiry = send(to("/set/expiring/x?EX=100"));

        assertThat(set.body()).isEqualTo("{\"result\":\"OK\"}");
        assertThat(get.body()).isEqualTo("{\"result\":\"v/1\"}");
        assertThat(postedValue.body()).isEqualTo("{\"result\":\"OK\"}");
        assertThat(post("/", "[\"GET\",\"posted\"]").body()).isEqualTo("{\"result\":\"{\\\"json\\\":true}\"}");
        assertThat(withExpiry.body()).isEqualTo("{\"result\":\"OK\"}");
        assertThat(post("/", "[\"TTL\",\"expiring\"]").body()).matches("\\{\"result\":(100|99)}");
    }

    @Test
    void aPipelineAnswersOneResultOrErrorPerCommandInOneRequest() throws Exception {
        gateway.resetCounters();
        HttpResponse<String> response = post("/pipeline",
                "[[\"SET\",\"a\",\"x\"],[\"INCR\",\"a\"],[\"INCR\",\"n\"],[\"GET\",\"missing\"]]");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[{\"result\":\"OK\"},"
                + "{\"error\":\"ERR value is not an integer or out of range\"},"
                + "{\"result\":1},{\"result\":null}]");
        assertThat(gateway.requestCount()).isEqualTo(1);
        assertThat(gateway.commandCount()).isEqualTo(4);
        assertThat(gateway.lastCommands()).containsExactly(
                List.of("SET", "a", "x"), List.of("INCR", "a"), List.of("INCR", "n"), List.of("GET", "missing"));
    }

    @Test
    void multiExecRunsTheCommandsAsOneTransaction() throws Exception {
        HttpResponse<String> response = post("/multi-exec",
                "[[\"INCR\",\"n\"],[\"INCR\",\"n\"],[\"SET\",\"s\",\"v\"],[\"INCR\",\"s\"]]");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[{\"result\":1},{\"result\":2},{\"result\":\"OK\"},"
                + "{\"error\":\"ERR value is not an integer or out of range\"}]");
        assertThat(gateway.commandCount()).isEqualTo(4);
    }

    @Test
    void aTransactionWithAnInvalidCommandIsAbortedWholeAndTheConnectionStaysUsable() throws Exception {
        HttpResponse<String> response = post("/multi-exec", "[[\"INCR\",\"n\"],[\"NOSUCHCOMMAND\"]]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("EXECABORT");
        assertThat(post("/", "[\"GET\",\"n\"]").body()).isEqualTo("{\"result\":null}");
    }

    @Test
    void commandsThatWouldCaptureAPooledConnectionAreRefused() throws Exception {
        HttpResponse<String> multi = post("/", "[\"MULTI\"]");

        assertThat(multi.statusCode()).isEqualTo(400);
        assertThat(post("/", "[\"INCR\",\"n\"]").body()).isEqualTo("{\"result\":1}");
    }

    @Test
    void base64EncodingEncodesEveryStringExceptOkAlsoInsideArraysAndPipelines() throws Exception {
        post("/", "[\"SET\",\"k\",\"héllo\"]");
        post("/", "[\"RPUSH\",\"list\",\"a\",\"OK\"]");

        assertThat(postBase64("/", "[\"SET\",\"k2\",\"v\"]").body()).isEqualTo("{\"result\":\"OK\"}");
        assertThat(postBase64("/", "[\"GET\",\"k\"]").body()).isEqualTo("{\"result\":\"" + b64("héllo") + "\"}");
        assertThat(postBase64("/", "[\"PING\"]").body()).isEqualTo("{\"result\":\"" + b64("PONG") + "\"}");
        assertThat(postBase64("/", "[\"LRANGE\",\"list\",0,-1]").body())
                .isEqualTo("{\"result\":[\"" + b64("a") + "\",\"" + b64("OK") + "\"]}");
        assertThat(postBase64("/", "[\"INCR\",\"n\"]").body()).isEqualTo("{\"result\":1}");
        assertThat(postBase64("/pipeline", "[[\"GET\",\"k2\"],[\"GET\",\"missing\"],[\"SET\",\"k3\",\"v\"]]").body())
                .isEqualTo("[{\"result\":\"" + b64("v") + "\"},{\"result\":null},{\"result\":\"OK\"}]");
        assertThat(postBase64("/", "[\"INCR\",\"k\"]").body())
                .isEqualTo("{\"error\":\"ERR value is not an integer or out of range\"}");
    }

    @Test
    void aSyncTokenIsAcceptedAndOneIsAlwaysSentBack() throws Exception {
        HttpResponse<String> first = post("/", "[\"PING\"]");
        String token = first.headers().firstValue("upstash-sync-token").orElseThrow();

        HttpResponse<String> second = send(to("/").header("upstash-sync-token", token)
                .POST(HttpRequest.BodyPublishers.ofString("[\"PING\"]")));

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("upstash-sync-token")).isPresent();
    }

    @Test
    void luaScriptsRunWithEvalAndEvalsha() throws Exception {
        String script = "return redis.call('INCRBY', KEYS[1], ARGV[1])";
        String sha = post("/", "[\"SCRIPT\",\"LOAD\",\"" + script + "\"]").body().replaceAll(".*\"(\\w{40})\".*", "$1");

        assertThat(post("/", "[\"EVAL\",\"" + script + "\",1,\"counter\",5]").body()).isEqualTo("{\"result\":5}");
        assertThat(post("/", "[\"EVALSHA\",\"" + sha + "\",1,\"counter\",2]").body()).isEqualTo("{\"result\":7}");
        assertThat(post("/", "[\"EVALSHA\",\"" + "0".repeat(40) + "\",0]").body()).contains("NOSCRIPT");
    }

    @Test
    void countersTellHowManyRequestsAndCommandsArrivedAndWhichCommands() throws Exception {
        post("/", "[\"SET\",\"a\",1]");
        post("/pipeline", "[[\"GET\",\"a\"],[\"GET\",\"b\"]]");

        assertThat(gateway.requestCount()).isEqualTo(2);
        assertThat(gateway.commandCount()).isEqualTo(3);
        assertThat(gateway.receivedCommands()).containsExactly(List.of("SET", "a", "1"), List.of("GET", "a"), List.of("GET", "b"));
        assertThat(gateway.lastCommands()).containsExactly(List.of("GET", "a"), List.of("GET", "b"));

        gateway.resetCounters();
        assertThat(gateway.requestCount()).isZero();
        assertThat(gateway.commandCount()).isZero();
        assertThat(gateway.receivedCommands()).isEmpty();
    }

    @Test
    void whileRedisIsDownRequestsFailFastWith503AndRecoverWhenItIsBack() throws Exception {
        post("/", "[\"PING\"]"); // leaves a pooled connection that the restart kills
        redis.stop();
        try {
            long started = System.nanoTime();
            HttpResponse<String> down = post("/", "[\"PING\"]");
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).startsWith("{\"error\":");
            assertThat(millis).isLessThan(2_000);
        } finally {
            redis.start();
        }
        assertThat(post("/", "[\"PING\"]").body()).isEqualTo("{\"result\":\"PONG\"}");
    }
}
