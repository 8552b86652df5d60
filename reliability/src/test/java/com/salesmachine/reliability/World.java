package com.salesmachine.reliability;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.salesmachine.support.TestHttp;

/**
 * A signed-up user who owns one of everything: a campaign, a prospect in it with enrichment, warm-up, a
 * conversation message, a pending review item, a queued outbox message (due in 2100, so no claim takes it),
 * a meeting, a template, an activity event, an audit entry and a completed delivery. Every text carries
 * {@link #marker()}, so a leak of this user's data into another user's answer is visible.
 */
final class World {

    static final String PASSWORD = "Secret-pass-1";

    /** The kinds of id a function's input can name, as ExampleInputs asks for them. */
    static final String CAMPAIGN = "campaign";
    static final String PROSPECT = "prospect";
    static final String REVIEW_ITEM = "review_item";
    /** A review item rejected just now: what undoReviewDecision can take back (issue 16). */
    static final String DECIDED_REVIEW_ITEM = "decided_review_item";
    static final String OUTBOUND_MESSAGE = "outbound_message";
    static final String MESSAGE = "message";
    static final String MEETING = "meeting";
    static final String TEMPLATE = "template";
    static final String SAVED_VIEW = "saved_view";
    static final String USER = "user";

    private final String email;
    private final UUID user;
    private final String marker;
    private String token;
    private final Map<String, UUID> ids = new LinkedHashMap<>();

    private World(String email, UUID user, String token) {
        this.email = email;
        this.user = user;
        this.token = token;
        this.marker = "MARK" + user.toString().replace("-", "").substring(0, 12);
        ids.put(USER, user);
    }

    /** Signs a user up over HTTP and gives them their first set of rows. */
    static World create(TestHttp http, Database db) {
        String email = "world-" + UUID.randomUUID() + "@example.com";
        String body = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"fullName\":\"World User\"}";
        // from an address of its own: a run with the real per-address limits must not refuse its own set-up
        java.util.Map<String, String> address = java.util.Map.of("X-Forwarded-For", freshAddress());
        var r = http.post("signup", body, address);
        for (int attempt = 1; r.status() == 503 && attempt < 5; attempt++) {
            sleep(500L * attempt); // a cold instance on a busy machine: its pool is still opening connections
            r = http.post("signup", body, address);
        }
        if (r.status() != 200) {
            throw new IllegalStateException("signup failed: " + r.status() + " " + r.body());
        }
        World world = new World(email, UUID.fromString(r.json().path("user").path("id").asString()),
                r.json().path("session").path("token").asString());
        world.addRows(db);
        return world;
    }

    static String freshAddress() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + r.nextInt(100, 250) + "." + r.nextInt(250) + "." + (1 + r.nextInt(250));
    }

    /** One more set of rows (fresh ids for every kind), e.g. after a test deleted or decided the previous ones. */
    void addRows(Database db) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        db.query("""
                WITH c AS (
                  INSERT INTO campaigns (user_id, name, description) VALUES (?, ? || ' campaign', ?) RETURNING id),
                p AS (
                  INSERT INTO prospects (user_id, campaign_id, full_name, job_title, company_name, email, linkedin_url, location)
                  SELECT ?, c.id, ? || ' Ana Lopez', 'Head of Sales', ? || ' Acme', ? || '@prospect.example',
                         'https://www.linkedin.com/in/' || ?, 'Lyon' FROM c RETURNING id),
                e AS (
                  INSERT INTO enrichments (prospect_id, user_id, talking_points, recent_activity)
                  SELECT p.id, ?, ARRAY[?], ? FROM p RETURNING prospect_id),
                r AS (
                  INSERT INTO review_items (user_id, prospect_id, message_type, channel, proposed_subject, proposed_message,
                                            confidence_score, reasoning, priority)
                  SELECT ?, p.id, 'initial_outreach', 'email', ?, 'Hi Ana ' || ?, 62, 'below threshold', 1 FROM p RETURNING id),
                o AS (
                  INSERT INTO outbound_messages (user_id, prospect_id, channel, subject, text, due_at)
                  SELECT ?, p.id, 'email', ?, 'Queued ' || ?, timestamptz '2100-01-01 00:00:00Z' FROM p RETURNING id),
                m AS (
                  INSERT INTO messages (user_id, prospect_id, direction, channel, text, external_id)
                  SELECT ?, p.id, 'inbound', 'email', 'Reply ' || ?, 'ext-' || ? FROM p RETURNING id),
                mt AS (
                  INSERT INTO meetings (user_id, prospect_id, campaign_id, title, scheduled_at, duration_minutes, status)
                  SELECT ?, p.id, c.id, 'Call ' || ?, now() + interval '7 days', 30, 'scheduled' FROM p, c RETURNING id),
                t AS (
                  INSERT INTO templates (user_id, name, channel, use_case, subject, body)
                  VALUES (?, 'Template ' || ?, 'email', 'initial_outreach', 'Hi {{firstName}}', 'Hello {{firstName}} ' || ?)
                  RETURNING id),
                sv AS (
                  INSERT INTO saved_views (user_id, name, filter) VALUES (?, 'View ' || ?, '{}') RETURNING id),
                w AS (
                  INSERT INTO warmups (prospect_id, user_id, planned_days) SELECT p.id, ?, 7 FROM p RETURNING prospect_id),
                wd AS (
                  INSERT INTO warmup_days (prospect_id, user_id, day, likes) SELECT w.prospect_id, ?, current_date, 1 FROM w
                  RETURNING prospect_id),
                a AS (
                  INSERT INTO activity_events (user_id, type, prospect_id, summary) SELECT ?, 'prospect_added', p.id, ?
                  FROM p RETURNING id),
                au AS (
                  INSERT INTO audit_entries (user_id, action, entity_type, entity_id) SELECT ?, 'prospect.created', 'prospect', p.id
                  FROM p RETURNING id),
                d AS (
                  INSERT INTO integration_deliveries (delivery_id, user_id, function_name, request_sha256, response_status,
                                                      response_body, completed_at)
                  VALUES ('world-' || ?, ?, 'recordWarmup', repeat('0', 64), 200, '{}', now()) RETURNING delivery_id)
                SELECT c.id, p.id, r.id, o.id, m.id, mt.id, t.id, sv.id, (SELECT count(*) FROM wd) + (SELECT count(*) FROM e)
                     + (SELECT count(*) FROM a) + (SELECT count(*) FROM au) + (SELECT count(*) FROM d)
                FROM c, p, r, o, m, mt, t, sv""",
                row -> {
                    ids.put(CAMPAIGN, row.getObject(1, UUID.class));
                    ids.put(PROSPECT, row.getObject(2, UUID.class));
                    ids.put(REVIEW_ITEM, row.getObject(3, UUID.class));
                    ids.put(OUTBOUND_MESSAGE, row.getObject(4, UUID.class));
                    ids.put(MESSAGE, row.getObject(5, UUID.class));
                    ids.put(MEETING, row.getObject(6, UUID.class));
                    ids.put(TEMPLATE, row.getObject(7, UUID.class));
                    ids.put(SAVED_VIEW, row.getObject(8, UUID.class));
                },
                user, marker, marker,
                user, marker, marker, tag + "-" + marker.toLowerCase(), tag + "-" + marker.toLowerCase(),
                user, marker, marker,
                user, marker, marker,
                user, marker, marker,
                user, marker, tag,
                user, marker,
                user, marker, marker,
                user, tag,
                user,
                user,
                user, marker,
                user,
                tag, user);
        db.query("""
                INSERT INTO review_items (user_id, prospect_id, message_type, channel, proposed_message, confidence_score,
                                          reasoning, priority, status, reviewed_at, rejection_reason)
                VALUES (?, ?, 'initial_outreach', 'email', 'Rejected ' || ?, 62, 'below threshold', 1, 'rejected', now(),
                        'example') RETURNING id""",
                row -> ids.put(DECIDED_REVIEW_ITEM, row.getObject(1, UUID.class)), user, ids.get(PROSPECT), marker);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    UUID user() {
        return user;
    }

    String email() {
        return email;
    }

    String marker() {
        return marker;
    }

    String token() {
        return token;
    }

    void token(String fresh) {
        this.token = fresh;
    }

    /** The current id of each kind (the latest set of rows). */
    Map<String, UUID> ids() {
        return ids;
    }

    Map<String, String> bearer() {
        return Map.of("Authorization", "Bearer " + token);
    }
}
