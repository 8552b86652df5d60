package com.salesmachine.platform.health;

import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Postgres is up when it answers {@code SELECT 1}. */
final class DatabaseProbe implements HealthProbe {

    private final DatabaseClient db;

    DatabaseProbe(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public String component() {
        return "db";
    }

    @Override
    public Mono<Boolean> probe() {
        return db.sql("SELECT 1").map(row -> row.get(0, Integer.class)).one().map(one -> one == 1);
    }
}
