package com.salesmachine.session.upstash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.salesmachine.localstack.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/** The production client against the local gateway and a real Redis (this class stops Redis, so it owns its stack). */
class UpstashClientGatewayIntegrationTest {

    private static LocalStack stack;
    private static UpstashClient plain;
    private static UpstashClient base64;

    @BeforeAll
    static void start() {
        stack = LocalStack.startOnRandomPorts();
        plain = new UpstashClient(new UpstashSettings(stack.upstashUrl(), stack.upstashToken(), Duration.ofSeconds(2), false));
        base64 = new UpstashClient(new UpstashSettings(stack.upstashUrl(), stack.upstashToken(), Duration.ofSeconds(2), true));
    }

    @AfterAll
    static void stop() {
        plain.close();
        base64.close();
        stack.close();
    }

    @BeforeEach
    void emptyRedis() {
        plain.command("FLUSHALL").block();
        plain.command("SCRIPT", "FLUSH").block();
        stack.gateway().resetCounters();
    }

    @Test
    void everyResultTypeRoundTripsInBothEncodings() {
        for (UpstashClient client : List.of(plain, base64)) {
            assertThat(client.command("SET", "k", "héllo wörld", "EX", 60).block()).isEqualTo("OK");
            assertThat(client.command("GET", "k").block()).isEqualTo("héllo wörld");
            assertThat(client.command("GET", "missing").block()).isNull();
            assertThat(client.command("INCRBY", "n", 2).block()).isIn(2L, 4L);
            client.command("DEL", "h").block();
            assertThat(client.command("HSET", "h", "a", "1", "b", "OK").block()).isEqualTo(2L);
            assertThat(client.command("HMGET", "h", "a", "b", "c").block()).isEqualTo(Arrays.asList("1", "OK", null));
        }
    }

    @Test
    void aRedisErrorIsACommandException() {
        plain.command("SET", "s", "text").block();

        assertThatThrownBy(() -> plain.command("INCR", "s").block())
                .isInstanceOf(UpstashCommandException.class)
                .hasMessageContaining("not an integer");
    }

    @Test
    void pipelineAndMultiExecAreOneRequestEach() {
        List<UpstashResult> piped = base64.pipeline(List.of(
                List.of("SET", "a", "x"), List.of("INCR", "a"), List.of("GET", "a"))).block();
        List<UpstashResult> transaction = base64.multiExec(List.of(List.of("INCR", "n"), List.of("INCR", "n"))).block();

        assertThat(piped).containsExactly(new UpstashResult("OK", null),
                new UpstashResult(null, "ERR value is not an integer or out of range"), new UpstashResult("x", null));
        assertThat(transaction).extracting(UpstashResult::result).containsExactly(1L, 2L);
        assertThat(stack.gateway().requestCount()).isEqualTo(2);
        assertThat(stack.gateway().commandCount()).isEqualTo(5);
    }

    @Test
    void aScriptUnknownToRedisCostsOneFallbackThenOneRequestWithOneCommandPerCall() {
        LuaScript touch = new LuaScript("""
                redis.call('HSET', KEYS[1], 'lastAccessedTime', ARGV[1])
                return redis.call('INCR', KEYS[2])
                """);

        Object first = plain.eval(touch, List.of("s:1", "rate:1"), List.of(1000)).block();
        assertThat(first).isEqualTo(1L);
        assertThat(stack.gateway().requestCount()).isEqualTo(2);
        assertThat(stack.gateway().receivedCommands()).extracting(command -> command.getFirst())
                .containsExactly("EVALSHA", "EVAL");

        stack.gateway().resetCounters();
        Object second = plain.eval(touch, List.of("s:1", "rate:1"), List.of(2000)).block();

        assertThat(second).isEqualTo(2L);
        assertThat(stack.gateway().requestCount()).isEqualTo(1);
        assertThat(stack.gateway().commandCount()).isEqualTo(1);
        assertThat(stack.gateway().lastCommands()).containsExactly(
                List.of("EVALSHA", touch.sha1(), "2", "s:1", "rate:1", "2000"));
        assertThat(plain.command("HGET", "s:1", "lastAccessedTime").block()).isEqualTo("2000");
    }

    @Test
    void scriptsReturningNestedTablesComeBackAsNestedLists() {
        LuaScript nested = new LuaScript("return {1, 'two', {'three', 4}}");

        Object result = base64.eval(nested, List.of(), List.of()).block();

        assertThat(result).isEqualTo(List.of(1L, "two", List.of("three", 4L)));
    }

    @Test
    void pingIsTrueWhileRedisRunsAndFalseWhileItIsDown() {
        assertThat(plain.ping().block()).isTrue();
        assertThat(base64.ping().block()).isTrue();

        stack.stopRedis();
        try {
            assertThat(plain.ping().block()).isFalse();
            assertThatThrownBy(() -> plain.command("GET", "k").block()).isInstanceOf(UpstashUnavailableException.class);
        } finally {
            stack.startRedis();
        }
        assertThat(plain.ping().block()).isTrue();
    }

    @Test
    void aWrongTokenIsUnavailableNotACommandError() {
        try (UpstashClient misconfigured = new UpstashClient(UpstashSettings.of(stack.upstashUrl(), "wrong-token"))) {
            assertThatThrownBy(() -> misconfigured.command("GET", "k").block())
                    .isInstanceOf(UpstashUnavailableException.class)
                    .hasMessageContaining("401");
            assertThat(misconfigured.ping().block()).isFalse();
        }
    }

    @Test
    void concurrentCallsAllSucceedOnPooledConnections() {
        List<Object> results = Flux.range(0, 200)
                .flatMap(i -> plain.command("INCR", "concurrent"), 32)
                .collectList()
                .block(Duration.ofSeconds(20));

        assertThat(results).hasSize(200);
        assertThat(plain.command("GET", "concurrent").block()).isEqualTo("200");
        assertThat(Map.of("requests", stack.gateway().requestCount())).containsEntry("requests", 201L);
    }
}
