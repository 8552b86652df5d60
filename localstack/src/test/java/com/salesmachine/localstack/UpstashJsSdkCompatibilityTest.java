package com.salesmachine.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The official JavaScript SDK, with its defaults, against the gateway: tools/upstash-sdk-check/check.mjs. */
class UpstashJsSdkCompatibilityTest {

    /** Surefire runs in functions/, so the repository root is its parent. */
    private static final Path CHECK = Path.of("..", "tools", "upstash-sdk-check").toAbsolutePath().normalize();

    @Test
    void theOfficialUpstashSdkWorksAgainstTheGateway() throws Exception {
        if (!Files.isDirectory(CHECK.resolve("node_modules/@upstash/redis"))) {
            fail("node_modules is missing: run npm ci in tools/upstash-sdk-check (" + CHECK + ")");
        }
        try (EmbeddedRedisServer redis = new EmbeddedRedisServer(0).start();
             UpstashGateway gateway = new UpstashGateway(0, "sdk-check-token", redis.host(), redis.port()).start()) {

            Path log = Files.createTempFile("upstash-sdk-check", ".log");
            ProcessBuilder command = new ProcessBuilder("node", "check.mjs")
                    .directory(CHECK.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            command.environment().put("UPSTASH_REDIS_REST_URL", gateway.url());
            command.environment().put("UPSTASH_REDIS_REST_TOKEN", gateway.token());
            Process node = command.start();
            boolean finished = node.waitFor(60, TimeUnit.SECONDS);
            if (!finished) {
                node.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            System.out.print(output);
            assertThat(finished).as("check.mjs finished within 60 s; output:%n%s", output).isTrue();

            assertThat(node.exitValue()).as("check.mjs output:%n%s", output).isZero();
            assertThat(output).contains("upstash-sdk-check: OK");
            assertThat(gateway.commandCount()).isGreaterThan(20);
        }
    }
}
