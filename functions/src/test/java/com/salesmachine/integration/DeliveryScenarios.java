package com.salesmachine.integration;

import java.util.UUID;
import java.util.concurrent.Callable;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * For each integration function: a valid delivery for a fresh user, another body for the same delivery id, and
 * the count of its effect. Used by SignedDeliveryTest and by the reliability suite's concurrency scenario.
 */
public final class DeliveryScenarios {

    private final Fixtures fx;

    public DeliveryScenarios(DatabaseClient db) {
        this.fx = new Fixtures(db);
    }

    /** A valid call of one function, the number that counts its effect, and the user it acts for. */
    public record Scenario(String function, String body, String otherBody, Callable<Long> effects, UUID user) {
    }

    /** A fresh user and prospect, and a valid delivery of this function for them with the count of its effect. */
    public Scenario scenario(String function) {
        UUID user = fx.user();
        UUID prospect = fx.prospect(user);
        String u = "\"userId\":\"" + user + "\"";
        String p = "\"prospectId\":\"" + prospect + "\"";
        String tag = UUID.randomUUID().toString();
        return switch (function) {
            case "ingestProspects" -> new Scenario(function,
                    "{" + u + ",\"prospects\":[{\"fullName\":\"Ada Lovelace\",\"companyName\":\"Engines\",\"email\":\"ada-" + tag + "@example.com\"}]}",
                    "{" + u + ",\"prospects\":[{\"fullName\":\"Ada Lovelace\",\"companyName\":\"Engines\",\"email\":\"ada2-" + tag + "@example.com\"}]}",
                    () -> fx.count("SELECT count(*) FROM activity_events WHERE user_id = :u AND type = 'prospects_ingested'", "u", user), user);
            case "ingestEnrichment" -> new Scenario(function,
                    "{" + u + "," + p + ",\"enrichment\":{\"talkingPoints\":[\"Hiring\"]},\"draft\":{\"messageType\":\"initial_outreach\","
                            + "\"channel\":\"email\",\"subject\":\"Hi\",\"message\":\"Hello there\",\"confidenceScore\":90}}",
                    "{" + u + "," + p + ",\"enrichment\":{\"talkingPoints\":[\"Other\"]}}",
                    () -> fx.count("SELECT count(*) FROM review_items WHERE prospect_id = :p", "p", prospect), user);
            case "recordWarmup" -> new Scenario(function,
                    "{" + u + "," + p + ",\"likes\":3,\"comments\":1,\"day\":1}",
                    "{" + u + "," + p + ",\"likes\":2,\"comments\":1,\"day\":1}",
                    () -> fx.count("SELECT coalesce(sum(likes + comments), 0) FROM warmup_days WHERE prospect_id = :p", "p", prospect) / 4, user);
            case "recordConnectionStatus" -> new Scenario(function,
                    "{" + u + "," + p + ",\"status\":\"accepted\"}",
                    "{" + u + "," + p + ",\"status\":\"rejected\"}",
                    () -> fx.count("SELECT count(*) FROM activity_events WHERE prospect_id = :p AND type LIKE 'connection_%'", "p", prospect), user);
            case "recordInboundReply" -> new Scenario(function,
                    "{" + u + "," + p + ",\"channel\":\"email\",\"text\":\"Interested\",\"receivedAt\":\"2025-01-01T10:00:00Z\",\"externalId\":\"x-" + tag + "\"}",
                    "{" + u + "," + p + ",\"channel\":\"email\",\"text\":\"Interested!\",\"receivedAt\":\"2025-01-01T10:00:00Z\",\"externalId\":\"y-" + tag + "\"}",
                    () -> fx.count("SELECT count(*) FROM messages WHERE prospect_id = :p", "p", prospect), user);
            case "recordMeetingBooked" -> new Scenario(function,
                    "{" + u + "," + p + ",\"title\":\"Intro\",\"scheduledAt\":\"2030-01-01T10:00:00Z\",\"durationMinutes\":30,\"externalEventId\":\"e-" + tag + "\"}",
                    "{" + u + "," + p + ",\"title\":\"Intro\",\"scheduledAt\":\"2030-01-01T10:00:00Z\",\"durationMinutes\":45,\"externalEventId\":\"f-" + tag + "\"}",
                    () -> fx.count("SELECT count(*) FROM meetings WHERE prospect_id = :p", "p", prospect), user);
            case "claimOutbound" -> {
                UUID message = fx.queuedEmail(user, prospect);
                yield new Scenario(function, "{\"limit\":100}", "{\"limit\":99}",
                        () -> fx.count("SELECT attempts FROM outbound_messages WHERE id = :m", "m", message), user);
            }
            case "reportDelivery" -> {
                UUID message = fx.queuedEmail(user, prospect);
                fx.exec("UPDATE outbound_messages SET status = 'sending', claimed_at = now(), lease_expires_at = now() + interval '5 minutes' WHERE id = :m", "m", message);
                yield new Scenario(function, "{\"messageId\":\"" + message + "\",\"status\":\"sent\",\"externalId\":\"s-" + tag + "\"}",
                        "{\"messageId\":\"" + message + "\",\"status\":\"failed\",\"error\":\"bounced\"}",
                        () -> fx.count("SELECT count(*) FROM activity_events WHERE prospect_id = :p AND type = 'message_sent'", "p", prospect), user);
            }
            default -> throw new IllegalArgumentException("No delivery scenario for integration function " + function
                    + ": add one to DeliveryScenarios");
        };
    }

    /** Removes the scenario's user and everything they own. */
    public void delete(Scenario s) {
        fx.exec("DELETE FROM users WHERE id = :u", "u", s.user());
    }
}
