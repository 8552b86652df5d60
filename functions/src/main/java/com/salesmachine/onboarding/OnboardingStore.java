package com.salesmachine.onboarding;

import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.json.JsonCodec;

import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The onboarding columns of the user's row. A step's side effects on settings are merged into
 * {@code users.settings} in the same statement; the table's CHECK constraints guard the values.
 */
@Component
class OnboardingStore {

    private final DatabaseClient db;
    private final JsonCodec json;

    OnboardingStore(DatabaseClient db, JsonCodec json) {
        this.db = db;
        this.json = json;
    }

    /** @param lock hold the user's row until the transaction ends (completing twice at once: one winner) */
    Mono<OnboardingProgress> read(UUID userId, boolean lock) {
        return db.sql("SELECT onboarding, onboarding_completed FROM users WHERE id = :user" + (lock ? " FOR UPDATE" : ""))
                .bind("user", userId)
                .map(this::progress)
                .one()
                // the session outlived its account
                .switchIfEmpty(Mono.error(ApiException::unauthorized));
    }

    /** @param stepPatch {@code {"<step>": data}}; @param settingsPatch top-level settings keys to replace */
    Mono<OnboardingProgress> save(UUID userId, String stepPatch, String settingsPatch) {
        return db.sql("""
                        UPDATE users
                        SET onboarding = onboarding || :step, settings = settings || :settings
                        WHERE id = :user
                        RETURNING onboarding, onboarding_completed""")
                .bind("user", userId)
                .bind("step", Json.of(stepPatch))
                .bind("settings", Json.of(settingsPatch))
                .map(this::progress)
                .one()
                .switchIfEmpty(Mono.error(ApiException::unauthorized));
    }

    Mono<Void> markCompleted(UUID userId) {
        return db.sql("UPDATE users SET onboarding_completed = true WHERE id = :user")
                .bind("user", userId)
                .then();
    }

    private OnboardingProgress progress(Readable row) {
        return new OnboardingProgress(
                json.mapper().readTree(row.get("onboarding", Json.class).asString()),
                Boolean.TRUE.equals(row.get("onboarding_completed", Boolean.class)));
    }
}
