package com.salesmachine.reliability.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.salesmachine.localstack.EmbeddedPostgresServer;
import com.salesmachine.localstack.EmbeddedRedisServer;
import com.salesmachine.localstack.UpstashGateway;
import com.salesmachine.support.DeploymentCommand;

/**
 * The system under test: PostgreSQL, Redis and the Upstash gateway in this JVM (so a scenario can stop and start
 * each), N production-jar instances as child processes, HAProxy in front. Fixed ports 5901-5921 (this suite's
 * range) so a stopped server comes back where the instances expect it.
 */
final class Cluster implements AutoCloseable {

    static final int POSTGRES_PORT = 5901;
    static final int REDIS_PORT = 5902;
    static final int GATEWAY_PORT = 5903;
    static final int FIRST_INSTANCE_PORT = 5911;
    static final int BALANCER_PORT = 5920;
    static final int STATS_PORT = 5921;
    static final String TOKEN = "reliability-token";
    static final String WEBHOOK_SECRET = "reliability-webhook-secret";
    /** Lifted: the load is a few users making far more than 100 calls a minute each. */
    static final String NO_LIMIT = "1000000";
    /** spring.r2dbc.pool.max-size in application.yaml. */
    static final int POOL_MAX_SIZE = 20;

    final EmbeddedPostgresServer postgres;
    final EmbeddedRedisServer redis;
    final UpstashGateway gateway;
    final List<AppInstance> instances = new ArrayList<>();
    final Balancer balancer;
    final Path directory;
    private final DeploymentCommand deployment;

    Cluster(Path root, Path directory, int instanceCount) throws IOException {
        this.directory = directory;
        Files.createDirectories(directory);
        postgres = new EmbeddedPostgresServer(POSTGRES_PORT);
        redis = new EmbeddedRedisServer(REDIS_PORT);
        gateway = new UpstashGateway(GATEWAY_PORT, TOKEN, redis.host(), redis.port());
        deployment = DeploymentCommand.read(root);
        for (int i = 1; i <= instanceCount; i++) {
            String name = "app" + i;
            Path log = directory.resolve(name + ".log");
            Files.deleteIfExists(log);
            instances.add(new AppInstance(name, FIRST_INSTANCE_PORT + i - 1, deployment, environment(), log));
        }
        balancer = new Balancer(BALANCER_PORT, STATS_PORT, instances, directory);
    }

    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SM_ENV", "staging");
        env.put("DATABASE_URL", postgres.databaseUrl());
        env.put("UPSTASH_REDIS_REST_URL", "http://127.0.0.1:" + GATEWAY_PORT);
        env.put("UPSTASH_REDIS_REST_TOKEN", TOKEN);
        env.put("SM_ALLOWED_ORIGINS", "http://localhost:5173");
        env.put("SM_WEBHOOK_SECRET", WEBHOOK_SECRET);
        env.put("SM_TRUSTED_PROXIES", "127.0.0.1");
        env.put("SM_RATE_LIMITS_USER_PER_MINUTE", NO_LIMIT);
        env.put("SM_RATE_LIMITS_PUBLIC_AUTH_PER_MINUTE", NO_LIMIT);
        env.put("SM_RATE_LIMITS_LOGIN_FAILURES_PER_WINDOW", NO_LIMIT);
        return env;
    }

    void start(String haproxy) throws Exception {
        redis.start();
        gateway.start();
        postgres.start();
        migrate();
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (AppInstance instance : instances) {
            instance.start();
            starting.add(CompletableFuture.runAsync(() -> instance.awaitHealthy(Duration.ofSeconds(180))));
        }
        CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
        balancer.start(haproxy);
        for (AppInstance instance : instances) {
            if (!balancer.awaitServer(instance.name(), "UP", Duration.ofSeconds(30))) {
                throw new IllegalStateException("HAProxy does not see " + instance.name() + " UP: " + balancer.serverStates());
            }
        }
    }

    /** The pre-deploy step: the jar with {@code --migrate} applies Flyway and exits. */
    private void migrate() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(deployment.command());
        command.add("--migrate");
        ProcessBuilder builder = new ProcessBuilder(command).directory(deployment.workingDirectory().toFile());
        builder.environment().putAll(environment());
        builder.redirectErrorStream(true);
        builder.redirectOutput(directory.resolve("migrate.log").toFile());
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("--migrate exited with " + exit + "; see " + directory.resolve("migrate.log"));
        }
    }

    Connection sql() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }

    /** Restarts an instance that is not running and waits until HAProxy routes to it again. */
    void restart(AppInstance instance) {
        instance.start();
        instance.awaitHealthy(Duration.ofSeconds(180));
        if (!balancer.awaitServer(instance.name(), "UP", Duration.ofSeconds(30))) {
            throw new IllegalStateException("HAProxy does not see " + instance.name() + " UP again");
        }
    }

    @Override
    public void close() {
        balancer.stop();
        instances.forEach(AppInstance::destroy);
        gateway.close();
        redis.close();
        postgres.close();
    }
}
