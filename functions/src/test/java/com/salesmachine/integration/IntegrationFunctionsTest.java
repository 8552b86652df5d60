package com.salesmachine.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

/** What each integration function does, over real HTTP with signed calls. */
class IntegrationFunctionsTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    Fixtures fx;
    Webhook webhook;

    @BeforeEach
    void setUp() {
        fx = new Fixtures(db);
        webhook = new Webhook(http, Instant::now);
    }

    // ---- ingestProspects

    @Test
    void aBatchStoresTheGoodItemsAndReportsEachBadOneWithItsIndexAndField() {
        UUID user = fx.user();
        UUID campaign = fx.campaign(user);
        UUID othersCampaign = fx.campaign(fx.user());
        fx.prospect(user, "Existing One", "taken@example.com", "https://www.linkedin.com/in/existing");
        String body = """
                {"userId":"%s","campaignId":"%s","prospects":[
                  {"fullName":"Good One","companyName":"Acme","email":"good1@example.com"},
                  {"fullName":"Bad Mail","companyName":"Acme","email":"not-an-email"},
                  {"fullName":"No Contact","companyName":"Acme"},
                  {"fullName":" ","companyName":"Acme","email":"blank@example.com"},
                  {"fullName":"Dup Url","companyName":"Acme","linkedinUrl":"HTTPS://fr.LinkedIn.com/in/Existing/?trk=x"},
                  {"fullName":"Dup Mail","companyName":"Acme","email":"TAKEN@example.com"},
                  {"fullName":"Good Two","companyName":"Acme","linkedinUrl":"https://linkedin.com/in/good-two"},
                  {"fullName":"Good Two Again","companyName":"Acme","linkedinUrl":"https://www.linkedin.com/in/good-two/"},
                  {"fullName":"Wrong Campaign","companyName":"Acme","email":"wc@example.com","campaignId":"%s"}
                ]}""".formatted(user, campaign, othersCampaign);

        TestHttp.Response r = webhook.call("ingestProspects", body);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("created").asInt()).isEqualTo(2);
        assertThat(r.json().path("duplicates").asInt()).isEqualTo(3);
        assertThat(r.json().path("rejected").toString()).isEqualTo("["
                + "{\"index\":1,\"code\":\"VALIDATION_ERROR\",\"field\":\"email\"},"
                + "{\"index\":2,\"code\":\"VALIDATION_ERROR\",\"field\":\"email\"},"
                + "{\"index\":3,\"code\":\"VALIDATION_ERROR\",\"field\":\"fullName\"},"
                + "{\"index\":8,\"code\":\"NOT_FOUND\",\"field\":\"campaignId\"}]");
        assertThat(fx.count("SELECT count(*) FROM prospects WHERE user_id = :u AND campaign_id = :c AND source = 'integration'",
                "u", user, "c", campaign)).isEqualTo(2);
    }

    @Test
    void aBatchOfMoreThan500OrForAnotherUsersCampaignOrAnUnknownUserIsRefusedWhole() {
        UUID user = fx.user();
        String items = IntStream.range(0, 501)
                .mapToObj(i -> "{\"fullName\":\"P" + i + "\",\"companyName\":\"A\",\"email\":\"p" + i + "@example.com\"}")
                .collect(Collectors.joining(","));
        TestHttp.Response tooMany = webhook.call("ingestProspects", "{\"userId\":\"" + user + "\",\"prospects\":[" + items + "]}");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("prospects");

        String one = "\"prospects\":[{\"fullName\":\"P\",\"companyName\":\"A\",\"email\":\"p@example.com\"}]";
        TestHttp.Response foreign = webhook.call("ingestProspects",
                "{\"userId\":\"" + user + "\",\"campaignId\":\"" + fx.campaign(fx.user()) + "\"," + one + "}");
        assertThat(foreign.status()).isEqualTo(404);
        TestHttp.Response unknownUser = webhook.call("ingestProspects", "{\"userId\":\"" + UUID.randomUUID() + "\"," + one + "}");
        assertThat(unknownUser.status()).isEqualTo(404);
        assertThat(fx.count("SELECT count(*) FROM prospects WHERE user_id = :u", "u", user)).isZero();
    }

    // ---- ingestEnrichment

    String enrichment(UUID user, UUID prospect, String talkingPoint, String message, int confidence) {
        return """
                {"userId":"%s","prospectId":"%s","enrichment":{"talkingPoints":["%s"],"techStack":["Java"],
                 "companyData":{"employees":120},"confidenceScore":70,"model":"m1"},
                 "draft":{"messageType":"initial_outreach","channel":"email","subject":"Hi","message":"%s","confidenceScore":%d}}"""
                .formatted(user, prospect, talkingPoint, message, confidence);
    }

    @Test
    void onAutopilotAConfidentSafeDraftEntersTheOutboxAndTheEnrichmentIsReplaced() {
        UUID user = fx.user("UTC", "{\"mode\":\"autopilot\"}");
        UUID prospect = fx.prospect(user);

        TestHttp.Response first = webhook.call("ingestEnrichment", enrichment(user, prospect, "Hiring", "Loved your post", 95));
        TestHttp.Response second = webhook.call("ingestEnrichment", enrichment(user, prospect, "Expanding", "Loved your post", 95));

        assertThat(first.json().path("draft").asString()).isEqualTo("outbox");
        assertThat(second.json().path("draft").asString()).isEqualTo("outbox");
        // the same draft is one message (its natural key: prospect + type + content hash), the enrichment is replaced
        assertThat(fx.count("SELECT count(*) FROM outbound_messages WHERE prospect_id = :p AND status = 'queued'", "p", prospect)).isEqualTo(1);
        assertThat(fx.text("SELECT array_to_string(talking_points, ',') FROM enrichments WHERE prospect_id = :p", "p", prospect))
                .isEqualTo("Expanding");
    }

    @Test
    void lowConfidenceVipAndBlacklistedDraftsGoToReviewEvenOnAutopilot() {
        UUID user = fx.user("UTC", "{\"mode\":\"autopilot\",\"aiConfidenceThreshold\":60,\"blacklistedTerms\":[\"Initech\"]}");
        UUID low = fx.prospect(user);
        UUID vip = fx.prospect(user);
        fx.exec("UPDATE prospects SET is_vip = true WHERE id = :p", "p", vip);
        UUID blacklisted = fx.prospect(user);

        assertThat(webhook.call("ingestEnrichment", enrichment(user, low, "x", "Hello", 59)).json().path("draft").asString()).isEqualTo("review");
        assertThat(webhook.call("ingestEnrichment", enrichment(user, vip, "x", "Hello", 100)).json().path("draft").asString()).isEqualTo("review");
        assertThat(webhook.call("ingestEnrichment", enrichment(user, blacklisted, "x", "Better than Initech", 100)).json().path("draft").asString())
                .isEqualTo("review");
        assertThat(fx.text("SELECT array_to_string(blocked_topics, ',') FROM review_items WHERE prospect_id = :p", "p", blacklisted))
                .isEqualTo("Initech");
        assertThat(fx.count("SELECT count(*) FROM outbound_messages WHERE user_id = :u", "u", user)).isZero();
        assertThat(fx.count("SELECT count(*) FROM review_items WHERE user_id = :u AND status = 'pending'", "u", user)).isEqualTo(3);
    }

    @Test
    void enrichingAnotherUsersProspectIsNotFound() {
        UUID user = fx.user();
        UUID foreign = fx.prospect(fx.user());
        TestHttp.Response r = webhook.call("ingestEnrichment", enrichment(user, foreign, "x", "Hello", 90));
        assertThat(r.status()).isEqualTo(404);
        assertThat(fx.count("SELECT count(*) FROM enrichments WHERE prospect_id = :p", "p", foreign)).isZero();
    }

    // ---- recordWarmup / recordConnectionStatus

    @Test
    void warmupActionsPastTheDailyLimitAreRefusedWith422AndNotCounted() {
        UUID user = fx.user("UTC", "{\"warmup\":{\"minDays\":7,\"maxDays\":10,\"dailyActionLimit\":10}}");
        UUID prospect = fx.prospect(user);
        String base = "{\"userId\":\"" + user + "\",\"prospectId\":\"" + prospect + "\",";

        // each report carries the day's totals so far
        assertThat(webhook.call("recordWarmup", base + "\"likes\":6,\"comments\":0,\"day\":1}").status()).isEqualTo(200);
        assertThat(webhook.call("recordWarmup", base + "\"likes\":8,\"comments\":2,\"day\":1}").status()).isEqualTo(200);
        TestHttp.Response over = webhook.call("recordWarmup", base + "\"likes\":9,\"comments\":2,\"day\":1}");
        TestHttp.Response nextDay = webhook.call("recordWarmup", base + "\"likes\":1,\"comments\":1,\"day\":2,\"completed\":true}");

        assertThat(over.status()).isEqualTo(422);
        assertThat(over.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("likes");
        assertThat(nextDay.status()).isEqualTo(200);
        assertThat(fx.count("SELECT likes + comments FROM warmups WHERE prospect_id = :p", "p", prospect)).isEqualTo(12);
        assertThat(fx.count("SELECT planned_days FROM warmups WHERE prospect_id = :p", "p", prospect)).isEqualTo(7);
        assertThat(fx.count("SELECT count(*) FROM warmups WHERE prospect_id = :p AND completed_at IS NOT NULL", "p", prospect)).isEqualTo(1);
    }

    @Test
    void aConnectionStatusUpdatesTheWarmupAndTheActivityStream() {
        UUID user = fx.user();
        UUID prospect = fx.prospect(user);
        TestHttp.Response r = webhook.call("recordConnectionStatus",
                "{\"userId\":\"" + user + "\",\"prospectId\":\"" + prospect + "\",\"status\":\"accepted\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(fx.text("SELECT connection_status FROM warmups WHERE prospect_id = :p", "p", prospect)).isEqualTo("accepted");
        assertThat(fx.count("SELECT count(*) FROM activity_events WHERE prospect_id = :p AND type = 'connection_accepted'", "p", prospect)).isEqualTo(1);
        TestHttp.Response bad = webhook.call("recordConnectionStatus",
                "{\"userId\":\"" + user + "\",\"prospectId\":\"" + prospect + "\",\"status\":\"maybe\"}");
        assertThat(bad.status()).isEqualTo(422);
    }

    // ---- recordInboundReply / recordMeetingBooked

    String reply(UUID user, String locator, String externalId) {
        return "{\"userId\":\"" + user + "\"," + locator + ",\"channel\":\"linkedin\",\"text\":\"Sounds good\","
                + "\"receivedAt\":\"2025-03-01T09:00:00Z\",\"externalId\":\"" + externalId + "\"}";
    }

    @Test
    void aReplyFindsTheProspectByNormalisedLinkedinUrlOrEmailAndMovesItToEngaged() {
        UUID user = fx.user();
        UUID byUrl = fx.prospect(user, "Url Person", null, "https://www.linkedin.com/in/url-person");
        UUID byMail = fx.prospect(user, "Mail Person", "mail.person@example.com", null);
        UUID qualified = fx.prospect(user, "Far Along", "far@example.com", null);
        fx.exec("UPDATE prospects SET status = 'qualified' WHERE id = :p", "p", qualified);

        assertThat(webhook.call("recordInboundReply", reply(user, "\"linkedinUrl\":\"http://LinkedIn.com/in/URL-person/?utm=1\"", "r1-" + UUID.randomUUID())).status())
                .isEqualTo(200);
        assertThat(webhook.call("recordInboundReply", reply(user, "\"email\":\"Mail.Person@Example.com\"", "r2-" + UUID.randomUUID())).status())
                .isEqualTo(200);
        assertThat(webhook.call("recordInboundReply", reply(user, "\"prospectId\":\"" + qualified + "\"", "r3-" + UUID.randomUUID())).status())
                .isEqualTo(200);

        assertThat(fx.text("SELECT status FROM prospects WHERE id = :p", "p", byUrl)).isEqualTo("engaged");
        assertThat(fx.text("SELECT status FROM prospects WHERE id = :p", "p", byMail)).isEqualTo("engaged");
        assertThat(fx.text("SELECT status FROM prospects WHERE id = :p", "p", qualified)).isEqualTo("qualified");
        assertThat(fx.count("SELECT count(*) FROM messages WHERE user_id = :u AND direction = 'inbound'", "u", user)).isEqualTo(3);
        assertThat(fx.count("SELECT count(*) FROM activity_events WHERE user_id = :u AND type = 'reply_received'", "u", user)).isEqualTo(3);
    }

    @Test
    void aReplyFromAnUnknownOrAnotherUsersProspectIsNotFound() {
        UUID user = fx.user();
        UUID other = fx.user();
        fx.prospect(other, "Theirs", "theirs@example.com", null);
        assertThat(webhook.call("recordInboundReply", reply(user, "\"email\":\"theirs@example.com\"", "r-" + UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(webhook.call("recordInboundReply", reply(user, "\"prospectId\":\"" + UUID.randomUUID() + "\"", "r-" + UUID.randomUUID())).status()).isEqualTo(404);
        TestHttp.Response none = webhook.call("recordInboundReply", "{\"userId\":\"" + user + "\",\"channel\":\"email\",\"text\":\"x\","
                + "\"receivedAt\":\"2025-03-01T09:00:00Z\",\"externalId\":\"r\"}");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("prospectId");
    }

    @Test
    void aMeetingIsStoredOnceByExternalEventIdAndThePropsectIsMeetingBooked() {
        UUID user = fx.user();
        UUID campaign = fx.campaign(user);
        UUID prospect = fx.prospect(user, "Meet Me", "meet@example.com", null);
        fx.exec("UPDATE prospects SET campaign_id = :c WHERE id = :p", "c", campaign, "p", prospect);
        String body = "{\"userId\":\"" + user + "\",\"email\":\"MEET@example.com\",\"title\":\"Intro\","
                + "\"scheduledAt\":\"2030-01-01T10:00:00Z\",\"durationMinutes\":30,\"externalEventId\":\"cal-1\"}";

        assertThat(webhook.call("recordMeetingBooked", body).status()).isEqualTo(200);
        assertThat(webhook.call("recordMeetingBooked", body).status()).isEqualTo(200); // new delivery id, same event

        assertThat(fx.count("SELECT count(*) FROM meetings WHERE prospect_id = :p AND campaign_id = :c", "p", prospect, "c", campaign)).isEqualTo(1);
        assertThat(fx.text("SELECT status FROM prospects WHERE id = :p", "p", prospect)).isEqualTo("meeting_booked");
        assertThat(fx.count("SELECT meetings_booked FROM campaign_stats WHERE campaign_id = :c", "c", campaign)).isEqualTo(1);
    }

    // ---- claimOutbound / reportDelivery

    Set<String> claimedIds(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Set<String> ids = new HashSet<>();
        for (JsonNode item : r.json().path("items")) {
            ids.add(item.path("messageId").asString());
        }
        return ids;
    }

    @Test
    void aClaimHandsOutOnlyDueMessagesWithTheirProspectAndLeasesThemForFiveMinutes() {
        UUID user = fx.user();
        UUID prospect = fx.prospect(user);
        UUID due = fx.queuedEmail(user, prospect);
        UUID later = fx.queuedEmail(user, prospect);
        fx.exec("UPDATE outbound_messages SET due_at = now() + interval '1 hour' WHERE id = :m", "m", later);

        TestHttp.Response r = webhook.call("claimOutbound", "{\"limit\":100}");

        assertThat(claimedIds(r)).contains(due.toString()).doesNotContain(later.toString());
        JsonNode item = null;
        for (JsonNode i : r.json().path("items")) {
            if (i.path("messageId").asString().equals(due.toString())) {
                item = i;
            }
        }
        assertThat(item.path("userId").asString()).isEqualTo(user.toString());
        assertThat(item.path("prospect").path("id").asString()).isEqualTo(prospect.toString());
        assertThat(item.path("channel").asString()).isEqualTo("email");
        assertThat(item.path("text").asString()).isEqualTo("Hi there");
        assertThat(fx.count("SELECT extract(epoch FROM lease_expires_at - claimed_at)::int FROM outbound_messages WHERE id = :m", "m", due))
                .isEqualTo(300);
    }

    @Test
    void anExpiredLeasePutsTheMessageBackInTheOutbox() {
        UUID user = fx.user();
        UUID message = fx.queuedEmail(user, fx.prospect(user));
        assertThat(claimedIds(webhook.call("claimOutbound", "{\"limit\":100}"))).contains(message.toString());
        assertThat(claimedIds(webhook.call("claimOutbound", "{\"limit\":100}"))).doesNotContain(message.toString());

        fx.exec("UPDATE outbound_messages SET lease_expires_at = now() - interval '1 second' WHERE id = :m", "m", message);

        assertThat(claimedIds(webhook.call("claimOutbound", "{\"limit\":100}"))).contains(message.toString());
        assertThat(fx.count("SELECT attempts FROM outbound_messages WHERE id = :m", "m", message)).isEqualTo(2);
    }

    @Test
    void aSentReportWritesTheConversationMessageTheEventAndMarksTheProspectContacted() {
        UUID user = fx.user();
        UUID prospect = fx.prospect(user);
        UUID message = fx.queuedEmail(user, prospect);
        assertThat(claimedIds(webhook.call("claimOutbound", "{\"limit\":100}"))).contains(message.toString());

        TestHttp.Response r = webhook.call("reportDelivery", "{\"messageId\":\"" + message + "\",\"status\":\"sent\",\"externalId\":\"smtp-1\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(fx.text("SELECT status FROM outbound_messages WHERE id = :m", "m", message)).isEqualTo("sent");
        assertThat(fx.count("SELECT count(*) FROM messages WHERE outbound_message_id = :m AND direction = 'outbound' AND external_id = 'smtp-1'",
                "m", message)).isEqualTo(1);
        assertThat(fx.text("SELECT status FROM prospects WHERE id = :p", "p", prospect)).isEqualTo("contacted");
        assertThat(fx.count("SELECT count(*) FROM prospects WHERE id = :p AND last_contacted_at IS NOT NULL", "p", prospect)).isEqualTo(1);
        assertThat(fx.count("SELECT count(*) FROM activity_events WHERE prospect_id = :p AND type = 'message_sent'", "p", prospect)).isEqualTo(1);

        TestHttp.Response again = webhook.call("reportDelivery", "{\"messageId\":\"" + message + "\",\"status\":\"failed\"}");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aFailedReportMarksTheMessageFailedAndUnclaimedOrUnknownMessagesAreRefused() {
        UUID user = fx.user();
        UUID prospect = fx.prospect(user);
        UUID message = fx.queuedEmail(user, prospect);
        UUID neverClaimed = fx.queuedEmail(user, prospect);
        fx.exec("UPDATE outbound_messages SET due_at = now() + interval '1 day' WHERE id = :m", "m", neverClaimed);
        webhook.call("claimOutbound", "{\"limit\":100}");

        assertThat(webhook.call("reportDelivery", "{\"messageId\":\"" + message + "\",\"status\":\"failed\",\"error\":\"bounced\"}").status())
                .isEqualTo(200);
        assertThat(fx.text("SELECT status || ':' || error FROM outbound_messages WHERE id = :m", "m", message)).isEqualTo("failed:bounced");
        assertThat(webhook.call("reportDelivery", "{\"messageId\":\"" + neverClaimed + "\",\"status\":\"sent\"}").status()).isEqualTo(409);
        assertThat(webhook.call("reportDelivery", "{\"messageId\":\"" + UUID.randomUUID() + "\",\"status\":\"sent\"}").status()).isEqualTo(404);
        assertThat(webhook.call("claimOutbound", "{\"limit\":0}").status()).isEqualTo(422);
    }
}
