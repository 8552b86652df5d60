package com.salesmachine.platform.db;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Derives the R2DBC and Flyway (JDBC) connection settings from {@code DATABASE_URL} when it is set. */
public final class DatabaseUrlEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("DATABASE_URL");
        if (url == null || url.isBlank()) {
            return;
        }
        DatabaseUrl db = DatabaseUrl.parse(url);
        Map<String, Object> derived = new HashMap<>();
        derived.put("spring.r2dbc.url", db.r2dbcUrl());
        derived.put("spring.r2dbc.username", db.username());
        derived.put("spring.r2dbc.password", db.password());
        derived.put("spring.flyway.url", db.jdbcUrl());
        derived.put("spring.flyway.user", db.username());
        derived.put("spring.flyway.password", db.password());
        environment.getPropertySources().addFirst(new MapPropertySource("databaseUrl", derived));
    }
}
