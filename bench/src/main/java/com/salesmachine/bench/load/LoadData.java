package com.salesmachine.bench.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The load benchmark's own data, made in SQL ({@code INSERT ... SELECT generate_series}, a few seconds): user
 * {@code n} is {@code load-<n>@bench.local} with password {@link #PASSWORD} (one BCrypt hash, cost 10, shared by
 * all), one active campaign, {@code prospects} prospects over every status (half enriched, some with a
 * conversation), {@code pending} pending review items, 20 meetings and 100 activity events. Ids are
 * {@code md5(name)::uuid}, so the data is deterministic apart from timestamps relative to now.
 */
final class LoadData {

    static final String PASSWORD = "Load-bench-pass-1";

    private final String jdbcUrl;
    private final String user;
    private final String password;

    LoadData(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    static String email(int n) {
        return "load-" + n + "@bench.local";
    }

    /** One seeded user as a load client sees it. */
    record SeededUser(int index, UUID id, UUID campaignId, List<UUID> prospects) {
    }

    void seed(int users, int prospects, int pending) {
        String hash = new BCryptPasswordEncoder(10).encode(PASSWORD);
        int last = users - 1;
        String u = "md5('load-user-' || u)::uuid";
        String c = "md5('load-campaign-' || u)::uuid";
        String p = "md5('load-prospect-' || u || '-' || i)::uuid";
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            try (PreparedStatement insertUsers = db.prepareStatement("""
                    INSERT INTO users (id, email, password_hash, full_name, company_name, onboarding_completed)
                    SELECT %s, 'load-' || u || '@bench.local', ?, 'Load User ' || u, 'Load Company ' || u, true
                    FROM generate_series(0, %d) u""".formatted(u, last))) {
                insertUsers.setString(1, hash);
                insertUsers.executeUpdate();
            }
            sql.execute("""
                    INSERT INTO campaigns (id, user_id, name, status, daily_send_limit)
                    SELECT %s, %s, 'Load campaign ' || u, 'active', 50 FROM generate_series(0, %d) u"""
                    .formatted(c, u, last));
            sql.execute("""
                    INSERT INTO prospects (id, user_id, campaign_id, full_name, job_title, company_name, linkedin_url,
                                           email, location, status, is_vip, vip_reason, source, last_contacted_at,
                                           last_activity_at, created_at)
                    SELECT %s, %s, %s, 'Prospect ' || i || ' Of ' || u, 'Head of Sales', 'Company ' || (i %% 97),
                           'https://www.linkedin.com/in/load-' || u || '-' || i, 'p' || i || '.u' || u || '@example.com',
                           'Lyon, France',
                           (ARRAY['new','contacted','engaged','qualified','meeting_booked','meeting_completed',
                                  'customer','lost','nurture','unsubscribed'])[1 + i %% 10],
                           i %% 50 = 0, CASE WHEN i %% 50 = 0 THEN 'Key account' END, 'manual',
                           CASE WHEN i %% 10 > 0 THEN now() - make_interval(hours => i %% 72) END,
                           now() - make_interval(mins => i * 2), now() - make_interval(mins => i)
                    FROM generate_series(0, %d) u, generate_series(0, %d) i""".formatted(p, u, c, last, prospects - 1));
            sql.execute("""
                    INSERT INTO enrichments (prospect_id, user_id, talking_points, pain_points, recent_activity,
                                             tech_stack, company_data, confidence_score, personalization_score, model)
                    SELECT %s, %s, ARRAY['Growing the SDR team', 'Raised a Series B'], ARRAY['Manual prospecting'],
                           'Posted about outbound last week', ARRAY['Salesforce', 'HubSpot'],
                           '{"size": "51-200", "industry": "Software"}'::jsonb, 60 + i %% 40, 55 + i %% 40, 'bench'
                    FROM generate_series(0, %d) u, generate_series(0, %d, 2) i""".formatted(p, u, last, prospects - 1));
            sql.execute("""
                    INSERT INTO messages (user_id, prospect_id, direction, channel, subject, text, ai_generated, at)
                    SELECT %s, %s, CASE WHEN m = 0 THEN 'outbound' ELSE 'inbound' END, 'email', 'Hello',
                           'Message ' || m || ' of the conversation', m = 0, now() - make_interval(hours => 48 - m)
                    FROM generate_series(0, %d) u, generate_series(0, %d, 5) i, generate_series(0, 1) m"""
                    .formatted(u, p, last, prospects - 1));
            sql.execute("""
                    INSERT INTO review_items (user_id, prospect_id, message_type, channel, proposed_subject,
                                              proposed_message, confidence_score, reasoning, priority, created_at)
                    SELECT %s, md5('load-prospect-' || u || '-' || (r %% %d))::uuid,
                           (ARRAY['initial_outreach','follow_up','reply_response','meeting_request'])[1 + r %% 4],
                           CASE WHEN r %% 2 = 0 THEN 'email' ELSE 'linkedin' END,
                           CASE WHEN r %% 2 = 0 THEN 'A quick question' END,
                           'Hi, I saw your team is growing. Would a short call next week make sense? (draft ' || r || ')',
                           40 + r %% 40, 'Confidence below the threshold', r %% 3, now() - make_interval(secs => r)
                    FROM generate_series(0, %d) u, generate_series(0, %d) r""".formatted(u, prospects, last, pending - 1));
            sql.execute("""
                    INSERT INTO meetings (user_id, prospect_id, campaign_id, title, scheduled_at, duration_minutes,
                                          meeting_link, status)
                    SELECT %s, md5('load-prospect-' || u || '-' || (m * 7 %% %d))::uuid, %s, 'Intro call ' || m,
                           now() + make_interval(hours => m * 5 - 40), 30, 'https://meet.example.com/' || u || '-' || m,
                           'scheduled'
                    FROM generate_series(0, %d) u, generate_series(0, 19) m""".formatted(u, prospects, c, last));
            sql.execute("""
                    INSERT INTO activity_events (user_id, type, prospect_id, summary, at)
                    SELECT %s, 'prospect_added', md5('load-prospect-' || u || '-' || (e %% %d))::uuid,
                           'Prospect ' || e || ' added', now() - make_interval(mins => e * 7)
                    FROM generate_series(0, %d) u, generate_series(0, 99) e""".formatted(u, prospects, last));
            db.commit();
            db.setAutoCommit(true);
            sql.execute("ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("seeding failed", e);
        }
    }

    /** Users {@code from} .. {@code from + count - 1} with their prospect ids. */
    List<SeededUser> users(int from, int count) {
        List<SeededUser> out = new ArrayList<>();
        try (Connection db = connect();
             PreparedStatement user = db.prepareStatement("SELECT u.id, c.id FROM users u JOIN campaigns c ON c.user_id = u.id WHERE u.email = ?");
             PreparedStatement prospects = db.prepareStatement("SELECT id FROM prospects WHERE user_id = ? ORDER BY id")) {
            for (int n = from; n < from + count; n++) {
                user.setString(1, email(n));
                UUID id;
                UUID campaign;
                try (ResultSet rs = user.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("no seeded user " + email(n));
                    }
                    id = rs.getObject(1, UUID.class);
                    campaign = rs.getObject(2, UUID.class);
                }
                prospects.setObject(1, id);
                List<UUID> ids = new ArrayList<>();
                try (ResultSet rs = prospects.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
                out.add(new SeededUser(n, id, campaign, ids));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The pending review items of each user right now (each load client decides only its own user's). */
    Map<UUID, List<UUID>> pendingItems(List<SeededUser> users) {
        Map<UUID, List<UUID>> out = new LinkedHashMap<>();
        try (Connection db = connect();
             PreparedStatement items = db.prepareStatement(
                     "SELECT id FROM review_items WHERE user_id = ? AND status = 'pending' ORDER BY created_at, id")) {
            for (SeededUser u : users) {
                items.setObject(1, u.id());
                List<UUID> ids = new ArrayList<>();
                try (ResultSet rs = items.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
                out.put(u.id(), ids);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** Row counts of the tables the mix writes, to show what a run did. */
    Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            for (String query : List.of(
                    "prospects:SELECT count(*) FROM prospects",
                    "review_items pending:SELECT count(*) FROM review_items WHERE status = 'pending'",
                    "review_items decided:SELECT count(*) FROM review_items WHERE status <> 'pending'",
                    "outbound_messages:SELECT count(*) FROM outbound_messages",
                    "integration_deliveries:SELECT count(*) FROM integration_deliveries")) {
                int colon = query.indexOf(':');
                try (ResultSet rs = sql.executeQuery(query.substring(colon + 1))) {
                    rs.next();
                    out.put(query.substring(0, colon), rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }
}
