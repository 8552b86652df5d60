package com.salesmachine.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The real servers every integration test runs against, started once per JVM. */
public final class TestInfrastructure {

    private static EmbeddedPostgres postgres;

    private TestInfrastructure() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    public static void register(DynamicPropertyRegistry registry) {
        EmbeddedPostgres pg = postgres();
        registry.add("spring.r2dbc.url", () -> "r2dbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres");
        registry.add("spring.r2dbc.username", () -> "postgres");
        registry.add("spring.r2dbc.password", () -> "postgres");
        registry.add("spring.flyway.url", () -> "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/postgres");
        registry.add("spring.flyway.user", () -> "postgres");
        registry.add("spring.flyway.password", () -> "postgres");
        registry.add("spring.flyway.enabled", () -> "true");
        registry.add("spring.profiles.active", () -> "local");
        registry.add("sm.env", () -> "local");
    }
}
