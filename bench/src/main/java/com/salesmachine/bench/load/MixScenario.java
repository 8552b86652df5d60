package com.salesmachine.bench.load;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The realistic mix of issue 8 target 6, per 100 calls: 60 reads (listProspects 20, getProspect 12, dashboardStats
 * 10, listReviewQueue 10, listMeetings 5, listCampaigns 3), 30 review decisions (approveMessage 14, rejectMessage 8,
 * editMessage 8) and 10 signed integration calls (ingestEnrichment 4 with a draft, ingestProspects 3 with 5 new
 * prospects, recordInboundReply 3). Client {@code i} acts as its own user and decides only that user's pending
 * items (handed to it before the run), so a 409 can only be a server fault. Each client has its own seeded random.
 */
final class MixScenario implements Scenario {

    private static final String[] OPERATIONS = {
            "listProspects", "getProspect", "dashboardStats", "listReviewQueue", "listMeetings", "listCampaigns",
            "approveMessage", "rejectMessage", "editMessage",
            "ingestEnrichment", "ingestProspects", "recordInboundReply"};
    private static final int[] WEIGHTS = {20, 12, 10, 10, 5, 3, 14, 8, 8, 4, 3, 3};

    private final List<Session> sessions;
    private final Map<UUID, List<UUID>> pending;
    private final Signing signing;
    private final String runTag;
    private final long seed;

    MixScenario(List<Session> sessions, Map<UUID, List<UUID>> pending, Signing signing, String runTag, long seed) {
        this.sessions = sessions;
        this.pending = pending;
        this.signing = signing;
        this.runTag = runTag;
        this.seed = seed;
    }

    static String kind(String operation) {
        return switch (operation) {
            case "approveMessage", "rejectMessage", "editMessage" -> "decision";
            case "ingestEnrichment", "ingestProspects", "recordInboundReply" -> "ingest";
            default -> "read";
        };
    }

    @Override
    public Script client(int index) {
        if (index >= sessions.size()) {
            throw new IllegalArgumentException("client " + index + " has no user of its own");
        }
        Session session = sessions.get(index);
        Deque<UUID> items = new ArrayDeque<>(pending.getOrDefault(session.user().id(), List.of()));
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        return new Script() {
            private long sequence;

            @Override
            public Call next() {
                String operation = pick(random);
                sequence++;
                String body;
                Map<String, String> headers = session.auth();
                List<UUID> prospects = session.user().prospects();
                UUID user = session.user().id();
                UUID prospect = prospects.get(random.nextInt(prospects.size()));
                String tag = runTag + "-" + index + "-" + sequence;
                switch (operation) {
                    case "listProspects" -> body = random.nextInt(4) == 0
                            ? "{\"limit\":50,\"sort\":\"activity_desc\"}" : "{\"limit\":50}";
                    case "getProspect" -> body = "{\"id\":\"" + prospect + "\"}";
                    case "dashboardStats", "listCampaigns" -> body = "{}";
                    case "listReviewQueue" -> body = "{\"limit\":20}";
                    case "listMeetings" -> body = "{\"when\":\"upcoming\",\"limit\":20}";
                    case "approveMessage", "rejectMessage", "editMessage" -> {
                        UUID item = items.poll();
                        if (item == null) {
                            return null; // out of this user's pending items: reported as a harness problem
                        }
                        body = switch (operation) {
                            case "approveMessage" -> "{\"id\":\"" + item + "\"}";
                            case "rejectMessage" -> "{\"id\":\"" + item + "\",\"reason\":\"Not the right moment\"}";
                            default -> "{\"id\":\"" + item + "\",\"message\":\"Hi, congratulations on the new round."
                                    + " Would a 15-minute call next Tuesday work for you?\"}";
                        };
                    }
                    case "ingestProspects" -> {
                        StringBuilder b = new StringBuilder("{\"userId\":\"").append(user)
                                .append("\",\"campaignId\":\"").append(session.user().campaignId())
                                .append("\",\"prospects\":[");
                        for (int k = 0; k < 5; k++) {
                            b.append(k == 0 ? "" : ",").append("{\"fullName\":\"Ingested ").append(k)
                                    .append("\",\"companyName\":\"Ingest Co\",\"jobTitle\":\"CTO\",\"email\":\"in-")
                                    .append(tag).append('-').append(k).append("@example.com\"}");
                        }
                        body = b.append("]}").toString();
                        headers = null;
                    }
                    case "ingestEnrichment" -> {
                        body = "{\"userId\":\"" + user + "\",\"prospectId\":\"" + prospect + "\",\"enrichment\":{"
                                + "\"talkingPoints\":[\"Opened an office in Berlin\"],\"painPoints\":[\"Slow outbound\"],"
                                + "\"techStack\":[\"HubSpot\"],\"companyData\":{\"size\":\"201-500\"},"
                                + "\"confidenceScore\":72,\"personalizationScore\":64,\"model\":\"bench\"},"
                                + "\"draft\":{\"messageType\":\"follow_up\",\"channel\":\"email\",\"subject\":\"Berlin\","
                                + "\"message\":\"Congratulations on the Berlin office. Worth a chat?\",\"confidenceScore\":72}}";
                        headers = null;
                    }
                    case "recordInboundReply" -> {
                        body = "{\"userId\":\"" + user + "\",\"prospectId\":\"" + prospect + "\",\"channel\":\"email\","
                                + "\"text\":\"Thanks, happy to talk next week.\",\"subject\":\"Re: Hello\","
                                + "\"receivedAt\":\"" + Instant.now() + "\",\"externalId\":\"reply-" + tag + "\"}";
                        headers = null;
                    }
                    default -> throw new IllegalStateException(operation);
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                if (headers == null) {
                    headers = signing.headers(operation, bytes, "load-" + tag);
                }
                return new Call(operation, kind(operation), "/" + operation, bytes, headers);
            }
        };
    }

    private static String pick(SplittableRandom random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < WEIGHTS.length; i++) {
            roll -= WEIGHTS[i];
            if (roll < 0) {
                return OPERATIONS[i];
            }
        }
        throw new IllegalStateException("weights do not add up to 100");
    }
}
