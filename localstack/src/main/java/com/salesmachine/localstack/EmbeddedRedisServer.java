package com.salesmachine.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import redis.embedded.RedisServer;

/**
 * A real Redis 6.2 (codemonstur embedded-redis) bound to 127.0.0.1, without persistence: data lives in memory
 * only, so a {@link #stop()} / {@link #start()} cycle comes back on the same port, empty.
 */
public final class EmbeddedRedisServer implements AutoCloseable {

    private final int port;
    private final Path home;
    private final RedisServer redis;

    /** @param port fixed port, or 0 for a random free one (kept across stop/start) */
    public EmbeddedRedisServer(int port) {
        this.port = FreePort.orRandom(port);
        this.home = ScratchDirectory.create("redis");
        ScratchDirectory.onExit(this::close);
        try {
            this.redis = RedisServer.newRedisServer()
                    .port(this.port)
                    .bind("127.0.0.1")
                    .setting("dir " + home)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .setting("maxmemory 256mb")
                    .onShutdownForceStop(false)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare embedded Redis", e);
        }
    }

    public synchronized EmbeddedRedisServer start() {
        try {
            redis.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Redis did not start on port " + port, e);
        }
        return this;
    }

    public synchronized void stop() {
        try {
            redis.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded Redis did not stop", e);
        }
    }

    public boolean isRunning() {
        return redis.isActive();
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
}
