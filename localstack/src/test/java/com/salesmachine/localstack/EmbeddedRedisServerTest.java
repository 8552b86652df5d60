package com.salesmachine.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class EmbeddedRedisServerTest {

    private static RespReply send(EmbeddedRedisServer redis, String... command) throws IOException {
        try (RespConnection connection = new RespConnection(redis.host(), redis.port(), 1_000, 2_000)) {
            List<byte[]> args = Arrays.stream(command).map(arg -> arg.getBytes(StandardCharsets.UTF_8)).toList();
            return connection.execute(List.of(args)).getFirst();
        }
    }

    @Test
    void aRedis7ServerAnswersOnLoopbackAndComesBackOnTheSamePortAfterAStop() throws IOException {
        try (EmbeddedRedisServer redis = new EmbeddedRedisServer(0)) {
            long started = System.nanoTime();
            redis.start();
            System.out.printf("embedded Redis started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            int port = redis.port();

            assertThat(send(redis, "PING")).isEqualTo(new RespReply.Status("PONG"));
            RespReply info = send(redis, "INFO", "server");
            assertThat(new String(((RespReply.Bulk) info).bytes(), StandardCharsets.UTF_8)).contains("redis_version:7.");
            RespReply bind = send(redis, "CONFIG", "GET", "bind");
            assertThat(new String(((RespReply.Bulk) ((RespReply.Array) bind).items().get(1)).bytes(), StandardCharsets.UTF_8))
                    .isEqualTo("127.0.0.1");

            redis.stop();
            assertThat(redis.isRunning()).isFalse();
            assertThatThrownBy(() -> send(redis, "PING")).isInstanceOf(IOException.class);

            redis.start();
            assertThat(redis.port()).isEqualTo(port);
            assertThat(send(redis, "PING")).isEqualTo(new RespReply.Status("PONG"));
        }
    }
}
