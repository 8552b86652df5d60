package com.salesmachine.account;

import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.config.SalesMachineProperties;
import com.salesmachine.platform.json.JsonCodec;
import com.salesmachine.session.RateCounter;
import com.salesmachine.session.SessionStore;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * What other features need of the users table: the rules a user's settings impose, the blacklist, the
 * sender's name, the onboarding columns, and the GDPR parts (export, erasure). Everything else about a
 * user stays inside this package.
 */
@Component
public class Accounts {

    private final DatabaseClient db;
    private final JsonCodec json;
    private final Users users;
    private final PasswordConfirmation confirmation;

    public Accounts(DatabaseClient db, JsonCodec json, RateCounter counter, SessionStore sessions,
                    SalesMachineProperties properties) {
        this.db = db;
        this.json = json;
        this.users = new Users(db);
        this.confirmation = new PasswordConfirmation(new Passwords(10),
                new LoginThrottle(counter, properties.session().namespace(),
                        properties.rateLimits().loginFailuresPerWindow(), properties.rateLimits().loginFailureWindow()),
                sessions);
    }

    /** The user an integration call acts for (unknown: 404) with the settings the rules need. */
    public Mono<UserRules> rules(UUID userId) {
        return db.sql("SELECT timezone, settings FROM users WHERE id = :id")
                .bind("id", userId)
                .map(row -> rules(userId, row.get("timezone", String.class), row.get("settings", Json.class).asString()))
                .one()
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("User")));
    }

    private UserRules rules(UUID userId, String timezone, String settingsJson) {
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

    /** The user's IANA time zone (unknown user: 404). */
    public Mono<String> timezone(UUID userId) {
        return db.sql("SELECT timezone FROM users WHERE id = :id")
                .bind("id", userId)
                .map(row -> row.get("timezone", String.class))
                .one()
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("User")));
    }

    /** The user's blacklisted terms (only the string entries); empty for an unknown user. */
    public Mono<List<String>> blacklistedTerms(UUID userId) {
        return db.sql("SELECT settings -> 'blacklistedTerms' AS user_terms FROM users WHERE id = :user")
                .bind("user", userId)
                .map(row -> terms(row.get("user_terms", Json.class)))
                .one()
                .defaultIfEmpty(List.of());
    }

    private List<String> terms(Json value) {
        List<String> terms = new ArrayList<>();
        if (value != null) {
            JsonNode node = json.mapper().readTree(value.asString());
            for (JsonNode term : node) {
                if (term.isString()) {
                    terms.add(term.asString());
                }
            }
        }
        return terms;
    }

    /** Who a message is from, as a template names it. */
    public record Sender(String fullName, String companyName) {
    }

    /** Empty for an unknown user. */
    public Mono<Sender> sender(UUID userId) {
        return db.sql("SELECT full_name, company_name FROM users WHERE id = :user")
                .bind("user", userId)
                .map(row -> new Sender(row.get("full_name", String.class), row.get("company_name", String.class)))
                .one();
    }

    /** The onboarding columns: {@code users.onboarding} (one key per saved step) and the completed flag. */
    public record OnboardingColumns(String savedJson, boolean completed) {
    }

    /**
     * @param lock hold the user's row until the transaction ends (completing twice at once: one winner)
     * @return empty when the user is gone
     */
    public Mono<OnboardingColumns> onboarding(UUID userId, boolean lock) {
        return db.sql("SELECT onboarding, onboarding_completed FROM users WHERE id = :user" + (lock ? " FOR UPDATE" : ""))
                .bind("user", userId)
                .map(Accounts::onboardingColumns)
                .one();
    }

    /**
     * Merges a step into {@code users.onboarding} and its side effects into {@code users.settings} in one
     * statement; the table's CHECK constraints guard the values.
     *
     * @param stepPatch {@code {"<step>": data}}; @param settingsPatch top-level settings keys to replace
     */
    public Mono<OnboardingColumns> saveOnboardingStep(UUID userId, String stepPatch, String settingsPatch) {
        return db.sql("""
                        UPDATE users
                        SET onboarding = onboarding || :step, settings = settings || :settings
                        WHERE id = :user
                        RETURNING onboarding, onboarding_completed""")
                .bind("user", userId)
                .bind("step", Json.of(stepPatch))
                .bind("settings", Json.of(settingsPatch))
                .map(Accounts::onboardingColumns)
                .one();
    }

    public Mono<Void> markOnboardingCompleted(UUID userId) {
        return db.sql("UPDATE users SET onboarding_completed = true WHERE id = :user")
                .bind("user", userId)
                .then();
    }

    private static OnboardingColumns onboardingColumns(Readable row) {
        return new OnboardingColumns(row.get("onboarding", Json.class).asString(),
                Boolean.TRUE.equals(row.get("onboarding_completed", Boolean.class)));
    }

    /**
     * deleteAccount's check: the session's user must still exist (401 otherwise) and {@code password} be
     * theirs (422 on {@code password} otherwise). A wrong one counts with the login failures; once the account
     * is locked the answer is 429 and the session {@code sessionId} ends ({@link PasswordConfirmation}).
     */
    public Mono<Void> checkPassword(UUID userId, String sessionId, String password) {
        return users.byId(userId)
                .switchIfEmpty(Mono.error(ApiException.unauthorized()))
                .flatMap(u -> confirmation.confirm(u, sessionId, password, "password", "is not your password"));
    }

    /** GDPR erasure: deletes the user row; every row of the user's other tables goes with it (ON DELETE CASCADE). */
    public Mono<Void> eraseFor(UUID userId) {
        return users.delete(userId).then();
    }

    /** The user's part of the GDPR export, each value a JSON object in the contract's shape. */
    public record ExportedProfile(Json user, Json settings, Json onboarding) {
    }

    /** Empty when the user is gone. */
    public Mono<ExportedProfile> exportFor(UUID userId) {
        return db.sql("""
                        SELECT jsonb_build_object('id', u.id, 'email', u.email::text, 'fullName', u.full_name,
                                   'companyName', u.company_name, 'timezone', u.timezone, 'createdAt', u.created_at,
                                   'onboardingCompleted', u.onboarding_completed) AS profile,
                               jsonb_build_object('blacklistedTerms', '[]'::jsonb) || u.settings
                                   || jsonb_build_object('timezone', u.timezone) AS settings,
                               u.onboarding
                        FROM users u
                        WHERE u.id = :user""")
                .bind("user", userId)
                .map(row -> new ExportedProfile(row.get("profile", Json.class), row.get("settings", Json.class),
                        row.get("onboarding", Json.class)))
                .one();
    }
}
