package com.salesmachine.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18 §3: the gateway runs {@code #!lua flags=allow-key-locking} scripts on Redis 7 as Upstash documents them
 * (only KEYS may be touched, no database-wide command, digests of the body as sent), where Redis 7 alone refuses
 * the flag.
 */
class KeyLockingScriptsTest {

    private static final String TOKEN = "key-locking-test-token";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FLAGGED = "#!lua flags=allow-key-locking\nredis.call('SET', KEYS[1], ARGV[1])\n"
            + "return redis.call('GET', KEYS[1])";
    private static final String UNDECLARED = "#!lua flags=allow-key-locking\nreturn redis.call('GET', 'not-declared')";

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

    private static JsonNode command(Object... args) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(gateway.url() + "/"))
                .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(List.of(args)))).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    @Test
    void redis7ItselfRefusesTheFlagWhichIsWhyTheGatewayHandlesIt() throws Exception {
        try (RespConnection direct = new RespConnection(redis.host(), redis.port(), 1_000, 2_000)) {
            RespReply reply = direct.execute(List.of(List.of("EVAL".getBytes(), FLAGGED.getBytes(), "1".getBytes(),
                    "k".getBytes(), "v".getBytes()))).getFirst();
            assertThat(reply).isInstanceOfSatisfying(RespReply.Error.class,
                    e -> assertThat(e.message()).contains("Unexpected flag in script shebang: allow-key-locking"));
        }
    }

    @Test
    void aFlaggedScriptRunsOnItsDeclaredKeysAndIsRefusedAnyOther() throws Exception {
        assertThat(command("EVAL", FLAGGED, 1, "declared", "v1").path("result").asString()).isEqualTo("v1");

        JsonNode refused = command("EVAL", UNDECLARED, 1, "declared");
        assertThat(refused.path("error").asString()).contains("not-declared", "not in KEYS");
        JsonNode flush = command("EVAL", "#!lua flags=allow-key-locking\nreturn redis.call('FLUSHDB')", 0);
        assertThat(flush.path("error").asString()).contains("FLUSHDB");
        assertThat(command("GET", "declared").path("result").asString()).as("FLUSHDB did not run").isEqualTo("v1");

        // without the flag, Redis rules: undeclared keys are allowed (as Upstash allows them under its global lock)
        assertThat(command("EVAL", "#!lua\nreturn redis.call('GET', 'declared')", 0).path("result").asString()).isEqualTo("v1");
    }

    @Test
    void digestsAreOfTheBodyAsSentFlagIncluded() throws Exception {
        String sha = KeyLockingScripts.sha1(FLAGGED);

        assertThat(command("SCRIPT", "LOAD", FLAGGED).path("result").asString()).isEqualTo(sha);
        assertThat(command("SCRIPT", "EXISTS", sha).path("result").get(0).asLong()).isEqualTo(1);
        assertThat(command("EVALSHA", sha, 1, "by-sha", "v2").path("result").asString()).isEqualTo("v2");
    }

    @Test
    void theProductionScriptsDeclareEveryKeyTheyTouch() throws Exception {
        for (String name : List.of("guard.lua", "counter.lua")) {
            try (var in = KeyLockingScriptsTest.class.getResourceAsStream("/session/" + name)) {
                String source = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(source).as(name).startsWith("#!lua flags=allow-key-locking\n");
            }
        }
        // the guard on an unknown session (touches both keys) and on a live one (the session hash only)
        JsonNode unknown;
        try (var in = KeyLockingScriptsTest.class.getResourceAsStream("/session/guard.lua")) {
            String guard = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            unknown = command("EVAL", guard, 2, "t:sessions:none", "t:rate:ip:failed-auth:192.0.2.1", 1_000, 60_000, 1,
                    "rate");
            command("HSET", "t:sessions:live", "creationTime", 1_000, "lastAccessedTime", 1_000, "maxInactiveInterval", 60,
                    "sessionAttr:userId", "\"00000000-0000-0000-0000-000000000001\"");
            JsonNode live = command("EVAL", guard, 2, "t:sessions:live", "t:rate:ip:failed-auth:192.0.2.1", 2_000, 600_000, 1,
                    "rate");
            assertThat(live.path("error").isMissingNode()).as(live.toString()).isTrue();
            assertThat(live.path("result").get(0).asLong()).isEqualTo(1);
            assertThat(live.path("result").get(2).asLong()).isEqualTo(1);
        }
        assertThat(unknown.path("error").isMissingNode()).as(unknown.toString()).isTrue();
        assertThat(unknown.path("result").get(0).asLong()).isZero();
        assertThat(unknown.path("result").get(1).asLong()).isEqualTo(1);
    }
}
