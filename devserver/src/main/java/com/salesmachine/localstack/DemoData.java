package com.salesmachine.localstack;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Seeds the local stack's demo account so a new user sees a working product at once.
 *
 * <p>Idempotent: if the demo user exists nothing is written. Deterministic: names, companies, statuses,
 * texts and ids come from a fixed seed; only timestamps are relative to the moment of seeding (so
 * "upcoming" meetings are upcoming). Everything is written in one transaction.
 */
public final class DemoData {

    public static final String EMAIL = "demo@sales-machine.local";
    public static final String PASSWORD = "demo-password-1";
    public static final int PROSPECTS = 200;

    private static final long SEED = 20240611L;

    private DemoData() {
    }

    /** Seeds the demo account if it is missing; returns the demo user's id either way. */
    public static UUID seed(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return seed(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed the demo data", e);
        }
    }

    /** Same as {@link #seed(DataSource)} for a JDBC URL (e.g. {@code jdbc:postgresql://localhost:5432/postgres}). */
    public static UUID seed(String jdbcUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            return seed(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed the demo data", e);
        }
    }

    private static UUID seed(Connection connection) throws SQLException {
        UUID existing = demoUserId(connection);
        if (existing != null) {
            return existing;
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            UUID userId = new Writer(connection, Instant.now().truncatedTo(ChronoUnit.SECONDS)).writeAll();
            if (userId == null) { // another seeder won the race on the unique e-mail
                connection.rollback();
                return demoUserId(connection);
            }
            connection.commit();
            return userId;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static UUID demoUserId(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM users WHERE email = ?")) {
            select.setString(1, EMAIL);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getObject(1, UUID.class) : null;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final String[] FIRST_NAMES = {"José", "Zoë", "Chloé", "Søren", "Anaïs", "Björn", "François",
            "Inès", "Łukasz", "Mónica", "Renée", "Jürgen", "Ana", "Marc", "Lukas", "Emma", "Olivia", "Noah",
            "Liam", "Sophie", "Hannah", "Mateo", "Priya", "Arjun", "Yuki", "Kenji", "Fatima", "Omar", "Grace",
            "Daniel", "Sarah", "Thomas", "Laura", "David", "Elena", "Marco", "Giulia", "Pieter", "Sanne", "Nora"};
    private static final String[] LAST_NAMES = {"Álvarez", "Müller", "Dubois", "Nørgaard", "Lefèvre", "Åkesson",
            "Gómez", "Wiśniewski", "Brontë", "Schäfer", "Martin", "Smith", "Johnson", "Garcia", "Rossi", "Bianchi",
            "de Vries", "Jansen", "Patel", "Sharma", "Tanaka", "Sato", "Haddad", "Okafor", "Murphy", "O'Brien",
            "Kowalski", "Novak", "Horvat", "Papadopoulos", "Costa", "Silva", "Fischer", "Weber", "Lindqvist"};
    private static final String[][] COMPANIES = {{"Acme Analytics", "acme-analytics.io", "SaaS"},
            {"Brightpath Health", "brightpath.health", "Healthcare"}, {"Café Lumière", "cafelumiere.fr", "Retail"},
            {"Nordlicht Energie", "nordlicht-energie.de", "Energy"}, {"Kettle & Co", "kettle.co", "Consumer"},
            {"Ledgerly", "ledgerly.com", "Fintech"}, {"Quantix Labs", "quantix.ai", "SaaS"},
            {"Zürich Re Digital", "zrd.ch", "Insurance"}, {"Polaris Freight", "polarisfreight.com", "Logistics"},
            {"Mediq Systems", "mediq.systems", "Healthcare"}, {"Bancora", "bancora.es", "Fintech"},
            {"Copperleaf", "copperleaf.dev", "SaaS"}, {"Øresund Logistics", "oresund-log.dk", "Logistics"},
            {"Helios Robotics", "heliosrobotics.com", "Manufacturing"}, {"Trellis HR", "trellishr.com", "SaaS"},
            {"Fjord Payments", "fjordpay.no", "Fintech"}, {"Atelier Mécanique", "ateliermeca.fr", "Manufacturing"},
            {"Verdant Foods", "verdantfoods.co.uk", "Consumer"}, {"Sigma Cloudworks", "sigmacloud.io", "SaaS"},
            {"Porto Capital", "portocapital.pt", "Fintech"}, {"Clínica Norte", "clinicanorte.es", "Healthcare"},
            {"Gridwise", "gridwise.energy", "Energy"}, {"Lumen Learning", "lumenlearn.com", "Education"},
            {"Kraków Dev House", "krakowdev.pl", "SaaS"}, {"Tidewater Insurance", "tidewater-ins.com", "Insurance"}};
    private static final String[] JOB_TITLES = {"CEO", "Co-founder & CTO", "VP Sales", "Head of Growth",
            "Chief Revenue Officer", "Head of Operations", "CFO", "VP Engineering", "Director of Marketing",
            "Head of Partnerships", "COO", "Sales Director"};
    private static final String[] LOCATIONS = {"Paris, France", "Berlin, Germany", "Madrid, Spain",
            "London, United Kingdom", "Amsterdam, Netherlands", "Copenhagen, Denmark", "Zürich, Switzerland",
            "Lisbon, Portugal", "Milan, Italy", "Stockholm, Sweden", "Warsaw, Poland", "Dublin, Ireland"};
    private static final String[] TALKING_POINTS = {"just raised a Series A", "is hiring 5 SDRs this quarter",
            "launched a new self-serve plan", "expanded to the DACH market", "spoke at SaaStr Europa about pipeline",
            "moved their CRM to HubSpot", "published a post on outbound fatigue", "opened an office in Lisbon"};
    private static final String[] PAIN_POINTS = {"reply rates on cold e-mail dropping below 2%",
            "SDR ramp time of four months", "no time to personalise outreach", "low-quality lead lists",
            "domains landing in spam after volume spikes", "meetings that never turn into pipeline"};
    private static final String[] TECH = {"HubSpot", "Salesforce", "Pipedrive", "Outreach", "Apollo", "Slack",
            "Notion", "Segment", "Stripe", "Intercom", "Gong", "Zapier"};
    private static final String[] STATUSES = {"new", "contacted", "engaged", "qualified", "meeting_booked",
            "meeting_completed", "customer", "lost", "nurture", "unsubscribed"};
    private static final int[] STATUS_COUNTS = {40, 45, 30, 20, 12, 8, 6, 15, 16, 8};
    private static final String[] VIP_REASONS = {"Target account on the 2024 board list", "Referred by an existing customer",
            "Decision maker at a 500+ seat company", "Former colleague of our CEO"};

    private record Company(String name, String domain, String industry) {
    }

    private record Prospect(UUID id, UUID campaignId, String firstName, String fullName, String jobTitle,
                            Company company, String linkedinUrl, String email, String location, String status,
                            boolean vip, String vipReason, Instant createdAt, Instant lastContactedAt,
                            Instant lastRepliedAt, Instant lastActivityAt) {
    }

    private record SentMessage(UUID outboxId, UUID prospectId, String channel, String subject, String text,
                               int confidence, Instant at) {
    }

    /** Writes one consistent demo world. All randomness flows from one {@link Random} with a fixed seed. */
    private static final class Writer {
        private final Connection connection;
        private final Instant now;
        private final Random random = new Random(SEED);
        private final UUID userId = stableId("user");
        private final List<UUID> campaigns = List.of(stableId("campaign:0"), stableId("campaign:1"), stableId("campaign:2"));
        private final List<Prospect> prospects = new ArrayList<>();
        private int idCounter;

        Writer(Connection connection, Instant now) {
            this.connection = connection;
            this.now = now;
        }

        UUID writeAll() throws SQLException {
            if (!insertUser()) {
                return null;
            }
            insertCampaigns();
            buildProspects();
            insertProspects();
            insertEnrichments();
            insertConversations();
            insertReviewItemsAndOutbox();
            insertMeetings();
            insertWarmups();
            insertActivity();
            return userId;
        }

        private boolean insertUser() throws SQLException {
            String onboarding = """
                    {"icp": {"industries": ["SaaS", "Fintech"], "jobTitles": ["CEO", "VP Sales", "Head of Growth"],
                             "companySizes": ["11-50", "51-200"], "locations": ["France", "Germany", "Spain"]},
                     "persona": {"jobTitles": ["CEO", "VP Sales"], "seniorities": ["c_level", "vp"]},
                     "limits": {"dailyEmailLimit": 20, "aiConfidenceThreshold": 80},
                     "warmup": {"minDays": 7, "maxDays": 12, "dailyActionLimit": 30}}""";
            String settings = """
                    {"aiConfidenceThreshold": 80, "dailyEmailLimit": 20, "mode": "semi_automatic",
                     "warmup": {"minDays": 7, "maxDays": 12, "dailyActionLimit": 30},
                     "blacklistedTerms": ["free forever", "no-brainer"],
                     "notifications": {"email": true, "inApp": true}}""";
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO users (id, email, password_hash, full_name, company_name, timezone, settings,
                                       onboarding, onboarding_completed, created_at, updated_at)
                    VALUES (?, ?, ?, 'Alex Martin', 'Sales Machine Demo', 'Europe/Paris', ?::jsonb, ?::jsonb, true, ?, ?)
                    ON CONFLICT (email) DO NOTHING""")) {
                Instant created = now.minus(35, ChronoUnit.DAYS);
                insert.setObject(1, userId);
                insert.setString(2, EMAIL);
                insert.setString(3, new BCryptPasswordEncoder(10).encode(PASSWORD));
                insert.setString(4, settings);
                insert.setString(5, onboarding);
                insert.setObject(6, time(created));
                insert.setObject(7, time(created));
                return insert.executeUpdate() == 1;
            }
        }

        private void insertCampaigns() throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO campaigns (id, user_id, name, description, status, icp_criteria, channels,
                                           daily_send_limit, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)""")) {
                addCampaign(insert, 0, "EU SaaS founders", "Founders and sales leaders of 11-200 seat SaaS companies in Europe.",
                        "active", """
                        {"industries": ["SaaS"], "jobTitles": ["CEO", "Co-founder", "VP Sales"],
                         "companySizes": ["11-50", "51-200"], "locations": ["France", "Germany", "Spain", "Netherlands"]}""",
                        "{\"linkedin\": true, \"email\": true}", 20, 34);
                addCampaign(insert, 1, "Fintech CFOs - Q3", "Finance leaders at growing fintechs; paused while we rework the offer.",
                        "paused", """
                        {"industries": ["Fintech", "Insurance"], "jobTitles": ["CFO", "COO"],
                         "companySizes": ["51-200", "201-500"], "locations": ["United Kingdom", "Portugal", "Switzerland"]}""",
                        "{\"linkedin\": true, \"email\": false}", 10, 28);
                addCampaign(insert, 2, "Healthcare ops leaders", "Draft: operations leaders at private clinics.",
                        "draft", """
                        {"industries": ["Healthcare"], "jobTitles": ["Head of Operations", "COO"],
                         "companySizes": ["51-200"], "locations": ["Spain", "France"]}""",
                        "{\"linkedin\": true, \"email\": true}", 15, 3);
                insert.executeBatch();
            }
        }

        private void addCampaign(PreparedStatement insert, int index, String name, String description, String status,
                                 String icp, String channels, int dailyLimit, int daysAgo) throws SQLException {
            Instant created = now.minus(daysAgo, ChronoUnit.DAYS);
            insert.setObject(1, campaigns.get(index));
            insert.setObject(2, userId);
            insert.setString(3, name);
            insert.setString(4, description);
            insert.setString(5, status);
            insert.setString(6, icp);
            insert.setString(7, channels);
            insert.setInt(8, dailyLimit);
            insert.setObject(9, time(created));
            insert.setObject(10, time(created.plus(1, ChronoUnit.DAYS)));
            insert.addBatch();
        }

        private void buildProspects() {
            List<String> statuses = new ArrayList<>();
            for (int s = 0; s < STATUSES.length; s++) {
                statuses.addAll(Collections.nCopies(STATUS_COUNTS[s], STATUSES[s]));
            }
            Collections.shuffle(statuses, random);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < PROSPECTS; i++) {
                String first;
                String last;
                do {
                    first = pick(FIRST_NAMES);
                    last = pick(LAST_NAMES);
                } while (!names.add(first + " " + last));
                Company company = company(pick(COMPANIES));
                String status = statuses.get(i);
                int contact = random.nextInt(100);
                String slug = slug(first) + "-" + slug(last) + "-" + Integer.toHexString(0x1000 + i);
                String linkedin = contact < 88 ? "https://www.linkedin.com/in/" + slug : null;
                String email = contact >= 22 ? slug(first) + "." + slug(last) + "@" + company.domain() : null;
                UUID campaign = campaignFor(i);
                Instant created = now.minus(1 + random.nextInt(30 * 24), ChronoUnit.HOURS);
                boolean reached = !status.equals("new") && !(status.equals("lost") && random.nextBoolean());
                Instant contacted = reached ? between(created, now) : null;
                boolean replied = reached && List.of("engaged", "qualified", "meeting_booked", "meeting_completed",
                        "customer", "nurture").contains(status);
                Instant repliedAt = replied ? between(contacted, now) : null;
                Instant activity = latest(created, contacted, repliedAt);
                boolean vip = random.nextInt(100) < 8;
                prospects.add(new Prospect(stableId("prospect:" + i), campaign, first, first + " " + last,
                        pick(JOB_TITLES), company, linkedin, email, pick(LOCATIONS), status, vip,
                        vip ? pick(VIP_REASONS) : null, created, contacted, repliedAt, activity));
            }
        }

        private UUID campaignFor(int index) {
            if (index % 20 == 19) {
                return null; // a few prospects outside any campaign (manual adds)
            }
            if (index % 50 == 7) {
                return campaigns.get(2); // the draft has a handful of prospects already imported
            }
            return index % 3 == 2 ? campaigns.get(1) : campaigns.get(0);
        }

        private void insertProspects() throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO prospects (id, user_id, campaign_id, full_name, job_title, company_name, linkedin_url,
                        email, location, status, is_vip, vip_reason, source, last_contacted_at, last_replied_at,
                        last_activity_at, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Prospect p : prospects) {
                    insert.setObject(1, p.id());
                    insert.setObject(2, userId);
                    insert.setObject(3, p.campaignId());
                    insert.setString(4, p.fullName());
                    insert.setString(5, p.jobTitle());
                    insert.setString(6, p.company().name());
                    insert.setString(7, p.linkedinUrl());
                    insert.setString(8, p.email());
                    insert.setString(9, p.location());
                    insert.setString(10, p.status());
                    insert.setBoolean(11, p.vip());
                    insert.setString(12, p.vipReason());
                    insert.setString(13, p.campaignId() == null ? "manual" : "workflow_engine");
                    insert.setObject(14, time(p.lastContactedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setObject(15, time(p.lastRepliedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setObject(16, time(p.lastActivityAt()));
                    insert.setObject(17, time(p.createdAt()));
                    insert.setObject(18, time(p.lastActivityAt()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        private void insertEnrichments() throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO enrichments (prospect_id, user_id, talking_points, pain_points, recent_activity,
                        tech_stack, company_data, confidence_score, personalization_score, model, enriched_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""")) {
                for (Prospect p : prospects) {
                    if (random.nextInt(100) >= 85) {
                        continue;
                    }
                    insert.setObject(1, p.id());
                    insert.setObject(2, userId);
                    insert.setArray(3, connection.createArrayOf("text", new String[] {
                            p.company().name() + " " + pick(TALKING_POINTS), pick(TALKING_POINTS)}));
                    insert.setArray(4, connection.createArrayOf("text", new String[] {pick(PAIN_POINTS), pick(PAIN_POINTS)}));
                    insert.setString(5, p.firstName() + " " + pick(TALKING_POINTS).replace("is ", "shared that the team is "));
                    insert.setArray(6, connection.createArrayOf("text", new String[] {pick(TECH), pick(TECH), pick(TECH)}));
                    insert.setString(7, "{\"industry\": \"%s\", \"employees\": %d, \"domain\": \"%s\", \"founded\": %d}"
                            .formatted(p.company().industry(), 10 + random.nextInt(490), p.company().domain(),
                                    2005 + random.nextInt(18)));
                    insert.setInt(8, 55 + random.nextInt(45));
                    insert.setInt(9, 40 + random.nextInt(60));
                    insert.setString(10, random.nextBoolean() ? "gpt-4o-mini" : "claude-3-5-sonnet");
                    insert.setObject(11, time(between(p.createdAt(), latest(p.createdAt(), p.lastContactedAt()))));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        private void insertConversations() throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO messages (id, user_id, prospect_id, direction, channel, subject, text, ai_generated,
                        confidence_score, sentiment, external_id, at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Prospect p : prospects) {
                    if (p.lastContactedAt() == null) {
                        continue;
                    }
                    String channel = p.email() != null && (p.linkedinUrl() == null || random.nextBoolean()) ? "email" : "linkedin";
                    String subject = channel.equals("email") ? p.company().name() + " and outbound pipeline" : null;
                    addMessage(insert, p, "outbound", channel, subject, "Hi " + p.firstName() + ", I saw that "
                            + p.company().name() + " " + pick(TALKING_POINTS) + ". Teams in that phase often struggle with "
                            + pick(PAIN_POINTS) + ". Open to comparing notes?\n\nAlex", true, 80 + random.nextInt(20),
                            null, p.lastContactedAt());
                    if (p.lastRepliedAt() == null) {
                        continue;
                    }
                    String replySubject = subject == null ? null : "Re: " + subject;
                    String sentiment = p.status().equals("nurture") ? "neutral" : "positive";
                    addMessage(insert, p, "inbound", channel, replySubject, p.status().equals("nurture")
                            ? "Thanks Alex, not a priority this quarter. Ping me again in September?"
                            : "Hi Alex, timing is good actually. What would this look like for a team of our size?",
                            false, null, sentiment, p.lastRepliedAt());
                    if (List.of("qualified", "meeting_booked", "meeting_completed", "customer").contains(p.status())) {
                        Instant followUp = between(p.lastRepliedAt(), now);
                        addMessage(insert, p, "outbound", channel, replySubject, "Great question, " + p.firstName()
                                + ". Most teams your size start with one campaign and 20 e-mails a day. Would Tuesday or"
                                + " Thursday work for a 20-minute call?", true, 85 + random.nextInt(15), null, followUp);
                    }
                }
                insert.executeBatch();
            }
        }

        private void addMessage(PreparedStatement insert, Prospect p, String direction, String channel, String subject,
                                String text, boolean aiGenerated, Integer confidence, String sentiment, Instant at)
                throws SQLException {
            insert.setObject(1, nextId("message"));
            insert.setObject(2, userId);
            insert.setObject(3, p.id());
            insert.setString(4, direction);
            insert.setString(5, channel);
            insert.setString(6, subject);
            insert.setString(7, text);
            insert.setBoolean(8, aiGenerated);
            insert.setObject(9, confidence, Types.INTEGER);
            insert.setString(10, sentiment);
            insert.setString(11, (channel.equals("email") ? "msg-" : "li-") + Integer.toHexString(random.nextInt()));
            insert.setObject(12, time(at));
            insert.addBatch();
        }

        /** 18 pending drafts, each in the queue for a reason (VIP, blocked topic or low confidence), plus 6 decided. */
        private void insertReviewItemsAndOutbox() throws SQLException {
            List<SentMessage> sentMessages = new ArrayList<>();
            List<Prospect> candidates = prospects.stream()
                    .filter(p -> List.of("new", "contacted", "engaged").contains(p.status())).toList();
            try (PreparedStatement review = connection.prepareStatement("""
                    INSERT INTO review_items (id, user_id, prospect_id, message_type, channel, proposed_subject,
                        proposed_message, confidence_score, reasoning, blocked_topics, status, edited_subject,
                        edited_message, rejection_reason, priority, created_at, updated_at, reviewed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement outbox = connection.prepareStatement("""
                    INSERT INTO outbound_messages (id, user_id, review_item_id, prospect_id, channel, subject, text,
                        status, due_at, claimed_at, attempts, sent_at, external_id, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < 24; i++) {
                    Prospect p = candidates.get(i * candidates.size() / 24);
                    String type = switch (p.status()) {
                        case "new" -> "initial_outreach";
                        case "contacted" -> "follow_up";
                        default -> i % 2 == 0 ? "reply_response" : "meeting_request";
                    };
                    String channel = p.email() != null && i % 3 != 0 ? "email" : (p.linkedinUrl() != null ? "linkedin" : "email");
                    String subject = channel.equals("email") ? subjectFor(type, p) : null;
                    String reason;
                    String[] blocked = {};
                    int confidence;
                    String body = draftFor(type, p);
                    boolean vip = p.vip() || i % 6 == 0;
                    if (i % 6 == 1) {
                        blocked = new String[] {"guarantee"};
                        body += " We guarantee a 3x increase in booked meetings within 30 days.";
                        confidence = 84;
                        reason = "Strong fit, but the draft promises a result (guarantee), which needs a human.";
                    } else if (i % 6 == 3) {
                        blocked = new String[] {"pricing promise"};
                        body += " We are also the cheapest price on the market, half of what Outreach charges.";
                        confidence = 81;
                        reason = "Mentions pricing and a competitor; blocked topics always go to review.";
                    } else if (i % 6 == 4) {
                        confidence = 42 + random.nextInt(20);
                        reason = "Thin enrichment: no recent activity found, personalisation is generic.";
                    } else {
                        confidence = 65 + random.nextInt(14);
                        reason = vip ? "VIP account: every message is reviewed." : "Below your 80% confidence threshold.";
                    }
                    if (vip && !reason.startsWith("VIP")) {
                        reason = "VIP account. " + reason;
                    }
                    Instant created = now.minus(10 + random.nextInt(60 * 40), ChronoUnit.MINUTES);
                    boolean decided = i >= 18;
                    String status = decided ? List.of("approved", "approved", "approved", "edited", "rejected", "rejected").get(i - 18) : "pending";
                    Instant reviewedAt = decided ? between(created, now) : null;
                    UUID itemId = nextId("review");
                    review.setObject(1, itemId);
                    review.setObject(2, userId);
                    review.setObject(3, p.id());
                    review.setString(4, type);
                    review.setString(5, channel);
                    review.setString(6, subject);
                    review.setString(7, body);
                    review.setInt(8, confidence);
                    review.setString(9, reason);
                    review.setArray(10, connection.createArrayOf("text", blocked));
                    review.setString(11, status);
                    review.setString(12, status.equals("edited") ? subject : null);
                    String edited = status.equals("edited") ? draftFor(type, p) + " No pressure either way." : null;
                    review.setString(13, edited);
                    review.setString(14, status.equals("rejected") ? "Tone is too pushy for this account." : null);
                    review.setInt(15, (vip ? 10 : 0) + (blocked.length > 0 ? 5 : 0) + (confidence < 60 ? 2 : 0));
                    review.setObject(16, time(created));
                    review.setObject(17, time(latest(created, reviewedAt)));
                    review.setObject(18, time(reviewedAt), Types.TIMESTAMP_WITH_TIMEZONE);
                    review.addBatch();
                    if (status.equals("approved") || status.equals("edited")) {
                        boolean sent = i == 18;
                        UUID outboxId = nextId("outbox");
                        if (sent) {
                            sentMessages.add(new SentMessage(outboxId, p.id(), channel, subject, body, confidence,
                                    reviewedAt.plus(3, ChronoUnit.MINUTES)));
                        }
                        outbox.setObject(1, outboxId);
                        outbox.setObject(2, userId);
                        outbox.setObject(3, itemId);
                        outbox.setObject(4, p.id());
                        outbox.setString(5, channel);
                        outbox.setString(6, subject);
                        outbox.setString(7, edited != null ? edited : body);
                        outbox.setString(8, sent ? "sent" : "queued");
                        outbox.setObject(9, time(reviewedAt));
                        outbox.setObject(10, time(sent ? reviewedAt.plus(2, ChronoUnit.MINUTES) : null), Types.TIMESTAMP_WITH_TIMEZONE);
                        outbox.setInt(11, sent ? 1 : 0);
                        outbox.setObject(12, time(sent ? reviewedAt.plus(3, ChronoUnit.MINUTES) : null), Types.TIMESTAMP_WITH_TIMEZONE);
                        outbox.setString(13, sent ? "msg-demo-sent-1" : null);
                        outbox.setObject(14, time(reviewedAt));
                        outbox.setObject(15, time(reviewedAt));
                        outbox.addBatch();
                    }
                    if (vip && !p.vip()) {
                        markVip(p.id());
                    }
                }
                review.executeBatch();
                outbox.executeBatch();
            }
            insertSentMessages(sentMessages);
        }

        /** A sent outbox row is also a conversation message, linked to it. */
        private void insertSentMessages(List<SentMessage> sent) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO messages (id, user_id, prospect_id, outbound_message_id, direction, channel, subject,
                        text, ai_generated, confidence_score, external_id, at)
                    VALUES (?, ?, ?, ?, 'outbound', ?, ?, ?, true, ?, 'msg-demo-sent-1', ?)""")) {
                for (SentMessage m : sent) {
                    insert.setObject(1, nextId("message"));
                    insert.setObject(2, userId);
                    insert.setObject(3, m.prospectId());
                    insert.setObject(4, m.outboxId());
                    insert.setString(5, m.channel());
                    insert.setString(6, m.subject());
                    insert.setString(7, m.text());
                    insert.setInt(8, m.confidence());
                    insert.setObject(9, time(m.at()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        private void markVip(UUID prospectId) throws SQLException {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE prospects SET is_vip = true, vip_reason = ? WHERE id = ?")) {
                update.setString(1, pick(VIP_REASONS));
                update.setObject(2, prospectId);
                update.executeUpdate();
            }
        }

        private void insertMeetings() throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO meetings (id, user_id, prospect_id, campaign_id, title, scheduled_at, duration_minutes,
                        meeting_link, external_event_id, status, notes, cancellation_reason, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int n = 0;
                int qualifiedSeen = 0;
                for (Prospect p : prospects) {
                    String status;
                    Instant at;
                    switch (p.status()) {
                        case "meeting_booked" -> {
                            status = n % 3 == 0 ? "confirmed" : "scheduled";
                            at = now.plus(2 + random.nextInt(12 * 24), ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
                        }
                        case "meeting_completed", "customer" -> {
                            status = "completed";
                            at = now.minus(2 + random.nextInt(20 * 24), ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
                        }
                        case "qualified" -> {
                            if (qualifiedSeen++ % 4 != 0) {
                                continue;
                            }
                            status = qualifiedSeen % 8 == 1 ? "cancelled" : "no_show";
                            at = now.minus(1 + random.nextInt(10), ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
                        }
                        default -> {
                            continue;
                        }
                    }
                    n++;
                    insert.setObject(1, nextId("meeting"));
                    insert.setObject(2, userId);
                    insert.setObject(3, p.id());
                    insert.setObject(4, p.campaignId());
                    insert.setString(5, "Sales Machine x " + p.company().name());
                    insert.setObject(6, time(at));
                    insert.setInt(7, n % 2 == 0 ? 30 : 45);
                    insert.setString(8, "https://meet.google.com/demo-" + Integer.toString(1000 + n, 36));
                    insert.setString(9, "gcal-demo-" + n);
                    insert.setString(10, status);
                    insert.setString(11, status.equals("completed")
                            ? "Good fit. " + p.firstName() + " wants a pilot for the " + p.company().industry() + " team."
                            : "Prep: " + pick(PAIN_POINTS) + ".");
                    insert.setString(12, status.equals("cancelled") ? "Prospect asked to move it to next quarter." : null);
                    Instant booked = p.lastRepliedAt() != null ? p.lastRepliedAt() : p.createdAt();
                    insert.setObject(13, time(booked));
                    insert.setObject(14, time(booked));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        /** Warm-ups running for new prospects, finished (connection accepted or not) for contacted ones. */
        private void insertWarmups() throws SQLException {
            try (PreparedStatement warmup = connection.prepareStatement("""
                    INSERT INTO warmups (prospect_id, user_id, started_at, planned_days, likes, comments,
                        connection_status, completed_at, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement day = connection.prepareStatement(
                    "INSERT INTO warmup_days (prospect_id, user_id, day, likes, comments) VALUES (?, ?, ?, ?, ?)")) {
                for (Prospect p : prospects) {
                    boolean running = p.status().equals("new");
                    if (p.linkedinUrl() == null || !(running || p.status().equals("contacted"))) {
                        continue;
                    }
                    int planned = 7 + random.nextInt(6);
                    Instant started = running
                            ? now.minus(random.nextInt(planned) * 24L + 1, ChronoUnit.HOURS)
                            : p.lastContactedAt().minus(planned, ChronoUnit.DAYS);
                    Instant end = running ? now : started.plus(planned, ChronoUnit.DAYS);
                    int likes = 0;
                    int comments = 0;
                    for (Instant d = started; d.isBefore(end); d = d.plus(1, ChronoUnit.DAYS)) {
                        int dayLikes = 1 + random.nextInt(3);
                        int dayComments = random.nextInt(4) == 0 ? 1 : 0;
                        likes += dayLikes;
                        comments += dayComments;
                        day.setObject(1, p.id());
                        day.setObject(2, userId);
                        day.setObject(3, d.atOffset(ZoneOffset.UTC).toLocalDate());
                        day.setInt(4, dayLikes);
                        day.setInt(5, dayComments);
                        day.addBatch();
                    }
                    String connectionStatus = running
                            ? (random.nextInt(3) == 0 ? "pending" : "none")
                            : (random.nextInt(5) == 0 ? "rejected" : "accepted");
                    warmup.setObject(1, p.id());
                    warmup.setObject(2, userId);
                    warmup.setObject(3, time(started));
                    warmup.setInt(4, planned);
                    warmup.setInt(5, likes);
                    warmup.setInt(6, comments);
                    warmup.setString(7, connectionStatus);
                    warmup.setObject(8, time(running ? null : end), Types.TIMESTAMP_WITH_TIMEZONE);
                    warmup.setObject(9, time(started));
                    warmup.setObject(10, time(end));
                    warmup.addBatch();
                }
                warmup.executeBatch();
                day.executeBatch();
            }
        }

        private void insertActivity() throws SQLException {
            String[][] kinds = {
                    {"prospect_added", "%s (%s) added to the pipeline"},
                    {"warmup_started", "Warm-up started for %s (%s)"},
                    {"connection_accepted", "%s (%s) accepted your connection request"},
                    {"message_approved", "Message to %s (%s) approved"},
                    {"message_sent", "Message sent to %s (%s)"},
                    {"reply_received", "%s (%s) replied"},
                    {"review_requested", "New draft for %s (%s) is waiting for review"},
                    {"meeting_booked", "Meeting booked with %s (%s)"}};
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO activity_events (id, user_id, type, prospect_id, summary, at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < 100; i++) {
                    String[] kind = kinds[random.nextInt(kinds.length)];
                    Prospect p = prospects.get(random.nextInt(prospects.size()));
                    Instant at = now.minus(random.nextInt(14 * 24 * 60), ChronoUnit.MINUTES);
                    insert.setObject(1, nextId("activity"));
                    insert.setObject(2, userId);
                    insert.setString(3, kind[0]);
                    insert.setObject(4, p.id());
                    insert.setString(5, kind[1].formatted(p.fullName(), p.company().name()));
                    insert.setObject(6, time(at));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        // --- copy -------------------------------------------------------------------------------------------

        private String subjectFor(String type, Prospect p) {
            return switch (type) {
                case "initial_outreach" -> p.company().name() + " and " + pick(PAIN_POINTS).split(" ")[0] + " pipeline";
                case "follow_up" -> "Re: quick idea for " + p.company().name();
                case "meeting_request" -> "20 minutes next week, " + p.firstName() + "?";
                default -> "Re: " + p.company().name();
            };
        }

        private String draftFor(String type, Prospect p) {
            return switch (type) {
                case "initial_outreach" -> "Hi " + p.firstName() + ", congrats: " + p.company().name() + " "
                        + pick(TALKING_POINTS) + ". Many " + p.jobTitle() + "s we talk to are fighting "
                        + pick(PAIN_POINTS) + ". Worth a short exchange?";
                case "follow_up" -> "Hi " + p.firstName() + ", bringing this back up in case it got buried. Happy to"
                        + " share how two " + p.company().industry() + " teams fixed " + pick(PAIN_POINTS) + ".";
                case "meeting_request" -> "Thanks " + p.firstName() + "! Would Tuesday 10:00 or Thursday 15:00 work"
                        + " for a 20-minute call? I will bring numbers from similar teams.";
                default -> "Thanks for the reply, " + p.firstName() + ". Short answer: yes, it works for a team of"
                        + " your size, and setup takes about a day.";
            };
        }

        // --- small helpers ----------------------------------------------------------------------------------

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private static Company company(String[] row) {
            return new Company(row[0], row[1], row[2]);
        }

        private Instant between(Instant from, Instant to) {
            long span = Math.max(1, java.time.Duration.between(from, to).getSeconds());
            return from.plusSeconds((long) (random.nextDouble() * span));
        }

        private UUID nextId(String kind) {
            return stableId(kind + ":" + idCounter++);
        }

        private static Instant latest(Instant... times) {
            Instant max = null;
            for (Instant t : times) {
                if (t != null && (max == null || t.isAfter(max))) {
                    max = t;
                }
            }
            return max;
        }

        private static String slug(String name) {
            String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L");
            return ascii.toLowerCase().replaceAll("[^a-z0-9]+", "");
        }

        private static OffsetDateTime time(Instant instant) {
            return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
        }
    }

    private static UUID stableId(String name) {
        return UUID.nameUUIDFromBytes(("sales-machine-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }
}
