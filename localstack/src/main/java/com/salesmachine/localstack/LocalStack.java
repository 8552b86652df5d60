package com.salesmachine.localstack;

/**
 * The "embedded default" infrastructure: a real PostgreSQL, a real Redis and an Upstash REST gateway in front
 * of that Redis, all on 127.0.0.1. Tests share one instance per JVM through {@link #shared()}; the local run
 * uses {@link #main(String[])} with the fixed ports of the platform spec.
 *
 * <p>Every server sits behind the small methods below (URLs, stop/start), so a Testcontainers-backed
 * variant could replace the embedded servers where a Docker engine exists without touching the callers.
 */
public final class LocalStack implements AutoCloseable {

    public static final int LOCAL_POSTGRES_PORT = 5490;
    public static final int LOCAL_REDIS_PORT = 6390;
    public static final int LOCAL_GATEWAY_PORT = 8079;
    public static final String LOCAL_TOKEN = "local-dev-token";

    private static LocalStack shared;

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedRedisServer redis;
    private final UpstashGateway gateway;

    private LocalStack(EmbeddedPostgresServer postgres, EmbeddedRedisServer redis, UpstashGateway gateway) {
        this.postgres = postgres;
        this.redis = redis;
        this.gateway = gateway;
    }

    /** Starts all three servers; any port may be 0 for a random free one. */
    public static LocalStack start(int postgresPort, int redisPort, int gatewayPort, String token) {
        EmbeddedPostgresServer postgres = new EmbeddedPostgresServer(postgresPort);
        EmbeddedRedisServer redis = new EmbeddedRedisServer(redisPort);
        try {
            redis.start();
            UpstashGateway gateway = new UpstashGateway(gatewayPort, token, redis.host(), redis.port()).start();
            postgres.start();
            return new LocalStack(postgres, redis, gateway);
        } catch (RuntimeException e) {
            redis.close();
            postgres.close();
            throw e;
        }
    }

    /** Random ports and a random token: for tests that stop and start servers and must not disturb others. */
    public static LocalStack startOnRandomPorts() {
        return start(0, 0, 0, "test-token-" + java.util.UUID.randomUUID());
    }

    /**
     * One stack for the whole JVM, started on first use and stopped by a shutdown hook. Do not stop its
     * servers in a test (other test classes share it); use {@link #startOnRandomPorts()} for that.
     */
    public static synchronized LocalStack shared() {
        if (shared == null) {
            LocalStack stack = startOnRandomPorts();
            ScratchDirectory.onExit(stack::close);
            shared = stack;
        }
        return shared;
    }

    /** The local run: Postgres 5490, Redis 6390, gateway http://localhost:8079 with token local-dev-token. */
    /** Runs the stack until killed: {@code [postgresPort redisPort gatewayPort]}, by default the local ones. */
    public static void main(String[] args) throws InterruptedException {
        LocalStack stack = args.length == 3
                ? start(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), LOCAL_TOKEN)
                : start(LOCAL_POSTGRES_PORT, LOCAL_REDIS_PORT, LOCAL_GATEWAY_PORT, LOCAL_TOKEN);
        ScratchDirectory.onExit(stack::close);
        System.out.println("DATABASE_URL=" + stack.databaseUrl());
        System.out.println("UPSTASH_REDIS_REST_URL=" + stack.upstashUrl());
        System.out.println("UPSTASH_REDIS_REST_TOKEN=" + stack.upstashToken());
        System.out.println("REDIS_URL=" + stack.redisUrl());
        Thread.currentThread().join();
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public EmbeddedRedisServer redis() {
        return redis;
    }

    public UpstashGateway gateway() {
        return gateway;
    }

    /** {@code postgresql://postgres:postgres@127.0.0.1:<port>/salesmachine}, the form of {@code DATABASE_URL}. */
    public String databaseUrl() {
        return postgres.databaseUrl();
    }

    public String jdbcUrl() {
        return postgres.jdbcUrl();
    }

    public String r2dbcUrl() {
        return postgres.r2dbcUrl();
    }

    public String redisUrl() {
        return redis.redisUrl();
    }

    public String redisHost() {
        return redis.host();
    }

    public int redisPort() {
        return redis.port();
    }

    /** {@code UPSTASH_REDIS_REST_URL} */
    public String upstashUrl() {
        return gateway.url();
    }

    /** {@code UPSTASH_REDIS_REST_TOKEN} */
    public String upstashToken() {
        return gateway.token();
    }

    public void stopRedis() {
        redis.stop();
    }

    public void startRedis() {
        redis.start();
    }

    public void stopPostgres() {
        postgres.stop();
    }

    public void startPostgres() {
        postgres.start();
    }

    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            try {
                redis.close();
            } finally {
                postgres.close();
            }
        }
    }
}
