package com.salesmachine.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real Redis 7 (Debian's {@code redis-server} package, which scripts/setup installs) as a child process bound to
 * 127.0.0.1, without persistence: data lives in memory only, so a {@link #stop()} / {@link #start()} cycle comes
 * back on the same port, empty. Redis 7 because production's scripts use the 7.0 shebang ({@code #!lua flags=...});
 * the Upstash gateway in front handles the one flag Redis itself does not know (see {@link KeyLockingScripts}).
 */
public final class EmbeddedRedisServer implements AutoCloseable {

    private static final List<Path> BINARIES = List.of(Path.of("/usr/bin/redis-server"), Path.of("/usr/local/bin/redis-server"));

    private final int port;
    private final Path home;
    private final Path binary;
    private Process process;

    /** @param port fixed port, or 0 for a random free one (kept across stop/start) */
    public EmbeddedRedisServer(int port) {
        this.binary = BINARIES.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                "redis-server (Redis >= 7) is not installed: run scripts/setup, or apt-get install redis-server"));
        this.port = FreePort.orRandom(port);
        this.home = ScratchDirectory.create("redis");
        ScratchDirectory.onExit(this::close);
    }

    public synchronized EmbeddedRedisServer start() {
        if (isRunning()) {
            return this;
        }
        try {
            process = new ProcessBuilder(binary.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--dir", home.toString(), "--save", "", "--appendonly", "no", "--maxmemory", "256mb",
                    "--daemonize", "no", "--protected-mode", "yes", "--loglevel", "warning")
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("redis.log").toFile())
                    .start();
            awaitPong();
        } catch (IOException e) {
            throw new UncheckedIOException("Redis did not start on port " + port + ": " + log(), e);
        }
        return this;
    }

    private void awaitPong() throws IOException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            try (RespConnection connection = new RespConnection(host(), port, 200, 1_000)) {
                if (connection.execute(List.of(List.of("PING".getBytes()))).getFirst() instanceof RespReply.Status) {
                    return;
                }
            } catch (IOException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    @Override
    public synchronized void close() {
        stop();
        ScratchDirectory.delete(home);
    }

    public int port() {
        return port;
    }

    public String host() {
        return "127.0.0.1";
    }

    public String redisUrl() {
        return "redis://127.0.0.1:" + port;
    }

    private String log() {
        try {
            return Files.readString(home.resolve("redis.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
