package com.salesmachine.account;

import com.salesmachine.contract.account.Language;
import com.salesmachine.platform.db.DbValues;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** The users table. */
final class Users {

    private static final String COLUMNS = "id, email::text AS email, password_hash, full_name, company_name, timezone, "
            + "settings::text AS settings, onboarding_completed, created_at, language";

    private final DatabaseClient db;

    Users(DatabaseClient db) {
        this.db = db;
    }

    Mono<UserRecord> insert(String email, String passwordHash, String fullName, String companyName) {
        return db.sql("INSERT INTO users (email, password_hash, full_name, company_name) "
                        + "VALUES (:email, :hash, :fullName, :companyName) RETURNING " + COLUMNS)
                .bind("email", email)
                .bind("hash", passwordHash)
                .bind("fullName", nullable(fullName))
                .bind("companyName", nullable(companyName))
                .map(Users::read)
                .one();
    }

    Mono<UserRecord> byEmail(String email) {
        return db.sql("SELECT " + COLUMNS + " FROM users WHERE email = :email")
                .bind("email", email).map(Users::read).one();
    }

    Mono<UserRecord> byId(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id).map(Users::read).one();
    }

    Mono<UserRecord> updateProfile(UUID id, String fullName, String companyName, String timezone, Language language) {
        return db.sql("UPDATE users SET full_name = COALESCE(:fullName, full_name), "
                        + "company_name = COALESCE(:companyName, company_name), timezone = COALESCE(:timezone, timezone), "
                        + "language = COALESCE(:language, language) "
                        + "WHERE id = :id RETURNING " + COLUMNS)
                .bind("language", nullable(language == null ? null : DbValues.text(language)))
                .bind("id", id)
                .bind("fullName", nullable(fullName))
                .bind("companyName", nullable(companyName))
                .bind("timezone", nullable(timezone))
                .map(Users::read).one();
    }

    Mono<UserRecord> updateSettings(UUID id, String settingsJson, String timezone) {
        return db.sql("UPDATE users SET settings = :settings, timezone = COALESCE(:timezone, timezone) "
                        + "WHERE id = :id RETURNING " + COLUMNS)
                .bind("id", id)
                .bind("settings", Json.of(settingsJson))
                .bind("timezone", nullable(timezone))
                .map(Users::read).one();
    }

    Mono<Long> updatePassword(UUID id, String hash) {
        return db.sql("UPDATE users SET password_hash = :hash WHERE id = :id")
                .bind("id", id).bind("hash", hash).fetch().rowsUpdated();
    }

    Mono<Long> delete(UUID id) {
        return db.sql("DELETE FROM users WHERE id = :id").bind("id", id).fetch().rowsUpdated();
    }

    private static org.springframework.r2dbc.core.Parameter nullable(String value) {
        return org.springframework.r2dbc.core.Parameter.fromOrEmpty(value, String.class);
    }

    private static UserRecord read(Readable row) {
        return new UserRecord(row.get("id", UUID.class), row.get("email", String.class),
                row.get("password_hash", String.class), row.get("full_name", String.class),
                row.get("company_name", String.class), row.get("timezone", String.class),
                row.get("settings", String.class), Boolean.TRUE.equals(row.get("onboarding_completed", Boolean.class)),
                DbValues.instant(row.get("created_at", OffsetDateTime.class)),
                DbValues.enumOf(Language.class, row.get("language", String.class)));
    }
}
