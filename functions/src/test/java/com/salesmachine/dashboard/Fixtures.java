package com.salesmachine.dashboard;

import com.salesmachine.support.TestHttp;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;

/**
 * Rows no user function creates (the workflow engine does, through the integration functions):
 * prospects, review items, meetings, enrichments, messages, outbox rows. Inserted straight through
 * the application's DatabaseClient, for tests of the features that read them.
 */
public final class Fixtures {

    private final DatabaseClient db;

    public Fixtures(DatabaseClient db) {
        this.db = db;
    }

    /** A signed-up user: the bearer token and the user's id. */
    public record Account(String token, UUID id) {
    }

    public static Account signUp(TestHttp http) {
        String email = "user-" + UUID.randomUUID() + "@example.com";
        var r = http.post("signup", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\","
                + "\"fullName\":\"Sam Seller\",\"companyName\":\"Seller Co\"}");
        if (r.status() != 200) {
            throw new IllegalStateException("signup failed: " + r.status() + " " + r.body());
        }
        return new Account(r.json().path("session").path("token").asString(),
                UUID.fromString(r.json().path("user").path("id").asString()));
    }

    public UUID prospect(UUID user, String fullName, String company) {
        return prospect(user, fullName, company, "new", null);
    }

    public UUID prospect(UUID user, String fullName, String company, String status, UUID campaign) {
        return db.sql("""
                        INSERT INTO prospects (user_id, campaign_id, full_name, job_title, company_name, email, location, status)
                        VALUES (:user, :campaign, :name, 'Head of Sales', :company, :email, 'Lyon', :status) RETURNING id""")
                .bind("user", user)
                .bind("campaign", Parameter.fromOrEmpty(campaign, UUID.class))
                .bind("name", fullName)
                .bind("company", company)
                .bind("email", UUID.randomUUID() + "@prospect.example")
                .bind("status", status)
                .map(row -> row.get("id", UUID.class)).one().block();
    }

    public UUID campaign(UUID user, String name) {
        return db.sql("INSERT INTO campaigns (user_id, name) VALUES (:user, :name) RETURNING id")
                .bind("user", user).bind("name", name)
                .map(row -> row.get("id", UUID.class)).one().block();
    }

    public UUID reviewItem(UUID user, UUID prospect, int priority, String subject, String message, Instant createdAt) {
        return db.sql("""
                        INSERT INTO review_items (user_id, prospect_id, message_type, channel, proposed_subject,
                                                  proposed_message, confidence_score, reasoning, priority, created_at)
                        VALUES (:user, :prospect, 'initial_outreach', 'email', :subject, :message, 62,
                                'confidence below threshold', :priority, :createdAt) RETURNING id""")
                .bind("user", user)
                .bind("prospect", prospect)
                .bind("subject", Parameter.fromOrEmpty(subject, String.class))
                .bind("message", message)
                .bind("priority", priority)
                .bind("createdAt", createdAt)
                .map(row -> row.get("id", UUID.class)).one().block();
    }

    public UUID reviewItem(UUID user, UUID prospect, String message) {
        return reviewItem(user, prospect, 0, "Hello", message, Instant.now());
    }

    public UUID meeting(UUID user, UUID prospect, Instant at, String status) {
        return db.sql("""
                        INSERT INTO meetings (user_id, prospect_id, title, scheduled_at, duration_minutes, meeting_link, status)
                        VALUES (:user, :prospect, 'Discovery call', :at, 30, 'https://meet.example/abc', :status) RETURNING id""")
                .bind("user", user).bind("prospect", prospect).bind("at", at).bind("status", status)
                .map(row -> row.get("id", UUID.class)).one().block();
    }

    public void enrichment(UUID user, UUID prospect, String talkingPoint, String painPoint, String recentActivity) {
        db.sql("""
                        INSERT INTO enrichments (prospect_id, user_id, talking_points, pain_points, recent_activity)
                        VALUES (:prospect, :user, ARRAY[:talking, 'second point'], ARRAY[:pain], :recent)""")
                .bind("prospect", prospect).bind("user", user).bind("talking", talkingPoint).bind("pain", painPoint)
                .bind("recent", recentActivity)
                .then().block();
    }

    public void message(UUID user, UUID prospect, String direction, String text, Instant at) {
        db.sql("""
                        INSERT INTO messages (user_id, prospect_id, direction, channel, text, at)
                        VALUES (:user, :prospect, :direction, 'email', :text, :at)""")
                .bind("user", user).bind("prospect", prospect).bind("direction", direction).bind("text", text)
                .bind("at", at)
                .then().block();
    }

    /** An outbox row without a review item, in the given state; claimedAt/sentAt may be null. */
    public void outbound(UUID user, UUID prospect, String channel, String status, Instant claimedAt, Instant sentAt) {
        db.sql("""
                        INSERT INTO outbound_messages (user_id, prospect_id, channel, text, status, claimed_at,
                                                       lease_expires_at, sent_at)
                        VALUES (:user, :prospect, :channel, 'text', :status, :claimed,
                                CASE WHEN :status = 'sending' THEN now() + interval '5 minutes' END, :sent)""")
                .bind("user", user).bind("prospect", prospect).bind("channel", channel).bind("status", status)
                .bind("claimed", Parameter.fromOrEmpty(claimedAt, Instant.class))
                .bind("sent", Parameter.fromOrEmpty(sentAt, Instant.class))
                .then().block();
    }

    public void activity(UUID user, String type, String summary, Instant at) {
        db.sql("INSERT INTO activity_events (user_id, type, summary, at) VALUES (:user, :type, :summary, :at)")
                .bind("user", user).bind("type", type).bind("summary", summary).bind("at", at)
                .then().block();
    }

    public void execute(String sql, Map<String, Object> binds) {
        db.sql(sql).bindValues(binds).then().block();
    }

    public long count(String sql, Map<String, Object> binds) {
        return db.sql(sql).bindValues(binds).map(row -> row.get(0, Long.class)).one().block();
    }
}
