package com.salesmachine.integration;

import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.json.JsonCodec;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/** Finds the user an integration call acts for (unknown: 404) and reads the settings the rules need. */
@Component
class IntegrationUsers {

    private final DatabaseClient db;
    private final JsonCodec json;

    IntegrationUsers(DatabaseClient db, JsonCodec json) {
        this.db = db;
        this.json = json;
    }

    Mono<UserRules> rules(UUID userId) {
        return db.sql("SELECT timezone, settings FROM users WHERE id = :id")
                .bind("id", userId)
                .map(row -> parse(userId, row.get("timezone", String.class), row.get("settings", Json.class).asString()))
                .one()
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("User")));
    }

    private UserRules parse(UUID userId, String timezone, String settingsJson) {
        JsonNode s = json.mapper().readTree(settingsJson);
        List<String> terms = new ArrayList<>();
        s.path("blacklistedTerms").forEach(t -> terms.add(t.asString()));
        return new UserRules(userId, timezone,
                s.path("aiConfidenceThreshold").asInt(80),
                s.path("dailyEmailLimit").asInt(20),
                "autopilot".equals(s.path("mode").asString("semi_automatic")),
                s.path("warmup").path("minDays").asInt(7),
                s.path("warmup").path("dailyActionLimit").asInt(40),
                terms);
    }
}
