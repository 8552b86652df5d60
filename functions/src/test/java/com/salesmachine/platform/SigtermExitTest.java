package com.salesmachine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.salesmachine.SalesMachineApplication;
import com.salesmachine.localstack.LocalStack;
import org.junit.jupiter.api.Test;

/**
 * The real {@code main} in its own JVM, stopped the way a platform stops it. Found by the reliability suite's
 * rolling restart (reliability/run, scenario 1): every instance ended with 143 instead of 0.
 */
class SigtermExitTest {

    @Test
    void sigtermShutsDownGracefullyAndExitsZero() throws Exception {
        LocalStack stack = LocalStack.shared();
        Path log = Files.createTempFile("sigterm-exit", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SalesMachineApplication.class.getName());
        builder.environment().putAll(java.util.Map.of("SM_ENV", "staging", "PORT", "0",
                "DATABASE_URL", stack.databaseUrl(), "UPSTASH_REDIS_REST_URL", stack.upstashUrl(),
                "UPSTASH_REDIS_REST_TOKEN", stack.upstashToken(), "SM_ALLOWED_ORIGINS", "http://localhost:5173",
                "SM_WEBHOOK_SECRET", "sigterm-test"));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        Process app = builder.start();
        try {
            awaitLine(app, log, "Started SalesMachineApplication", Duration.ofSeconds(120));

            app.destroy(); // SIGTERM

            assertThat(app.waitFor(40, TimeUnit.SECONDS)).isTrue();
            assertThat(app.exitValue()).isZero();
            assertThat(Files.readString(log)).contains("Graceful shutdown complete");
        } finally {
            app.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    private static void awaitLine(Process app, Path log, String text, Duration within)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> lines = Files.readAllLines(log);
            if (lines.stream().anyMatch(l -> l.contains(text))) {
                return;
            }
            assertThat(app.isAlive()).as("the application exited early: %s", lines).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("no '" + text + "' within " + within + ": " + Files.readString(log));
    }
}
