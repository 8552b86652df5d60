package com.salesmachine.integration;

import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;

/** Rows written straight into the database (users too: the integration functions need no session). */
final class Fixtures {

    private final DatabaseClient db;

    Fixtures(DatabaseClient db) {
        this.db = db;
    }

    UUID user() {
        return user("UTC", "{}");
    }

    /** A user whose settings are the defaults with the top-level keys of {@code settingsPatch} replaced. */
    UUID user(String timezone, String settingsPatch) {
        return db.sql("""
                        INSERT INTO users (email, password_hash, full_name, timezone)
                        VALUES (:email, 'not-a-real-hash', 'Seller', :tz)
                        RETURNING id""")
                .bind("email", "seller-" + UUID.randomUUID() + "@example.com")
                .bind("tz", timezone)
                .map(row -> row.get("id", UUID.class))
                .one()
                .flatMap(id -> db.sql("UPDATE users SET settings = settings || :patch WHERE id = :id")
                        .bind("patch", Json.of(settingsPatch))
                        .bind("id", id)
                        .then().thenReturn(id))
                .block();
    }

    UUID campaign(UUID user) {
        return db.sql("INSERT INTO campaigns (user_id, name) VALUES (:user, 'Campaign') RETURNING id")
                .bind("user", user)
                .map(row -> row.get("id", UUID.class))
                .one().block();
    }

    UUID prospect(UUID user, String fullName, String email, String linkedinUrl) {
        return db.sql("""
                        INSERT INTO prospects (user_id, full_name, company_name, email, linkedin_url)
                        VALUES (:user, :name, 'Acme', :email, :url) RETURNING id""")
                .bind("user", user)
                .bind("name", fullName)
                .bind("email", Nullable.of(email, String.class))
                .bind("url", Nullable.of(linkedinUrl, String.class))
                .map(row -> row.get("id", UUID.class))
                .one().block();
    }

    UUID prospect(UUID user) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return prospect(user, "Pat " + tag, "pat-" + tag + "@example.com", "https://www.linkedin.com/in/pat-" + tag);
    }

    /** A queued e-mail, due long ago (so claims in a shared database pick it before newer leftovers). */
    UUID queuedEmail(UUID user, UUID prospect) {
        return db.sql("""
                        INSERT INTO outbound_messages (user_id, prospect_id, channel, subject, text, due_at)
                        VALUES (:user, :prospect, 'email', 'Hello', 'Hi there', timestamptz '2001-01-01 00:00:00Z')
                        RETURNING id""")
                .bind("user", user)
                .bind("prospect", prospect)
                .map(row -> row.get("id", UUID.class))
                .one().block();
    }

    /** {@code count} queued e-mails in one statement. */
    void queuedEmails(UUID user, UUID prospect, int count) {
        db.sql("""
                        INSERT INTO outbound_messages (user_id, prospect_id, channel, subject, text, due_at)
                        SELECT :user, :prospect, 'email', 'Hello', 'Hi there',
                               timestamptz '2001-01-01 00:00:00Z' + g * interval '1 second'
                        FROM generate_series(1, :count) g""")
                .bind("user", user)
                .bind("prospect", prospect)
                .bind("count", count)
                .then().block();
    }

    long count(String sql, Object... namedValues) {
        var spec = db.sql(sql);
        for (int i = 0; i < namedValues.length; i += 2) {
            spec = spec.bind((String) namedValues[i], namedValues[i + 1]);
        }
        return spec.map(row -> ((Number) row.get(0)).longValue()).one().block();
    }

    String text(String sql, Object... namedValues) {
        var spec = db.sql(sql);
        for (int i = 0; i < namedValues.length; i += 2) {
            spec = spec.bind((String) namedValues[i], namedValues[i + 1]);
        }
        return spec.map(row -> row.get(0, String.class)).one().block();
    }

    void exec(String sql, Object... namedValues) {
        var spec = db.sql(sql);
        for (int i = 0; i < namedValues.length; i += 2) {
            spec = spec.bind((String) namedValues[i], namedValues[i + 1]);
        }
        spec.then().block();
    }
}
