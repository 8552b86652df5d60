package com.salesmachine.campaigns;

import com.salesmachine.support.ApplicationTest;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CampaignsHttpTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    private JsonNode create(String token, String body) {
        var r = call(token, "createCampaign", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private String move(String token, String id, String status) {
        var r = call(token, "updateCampaign", "{\"id\":\"" + id + "\",\"status\":\"" + status + "\"}");
        return r.status() == 200 ? r.json().path("status").asString() : r.status() + " " + r.errorCode();
    }

    @Test
    void aNewCampaignIsADraftWithDefaultsAndZeroStats() {
        String token = newUser();
        JsonNode c = create(token, "{\"name\":\"  Fintech founders \"}");
        assertThat(c.path("name").asString()).isEqualTo("Fintech founders");
        assertThat(c.path("status").asString()).isEqualTo("draft");
        assertThat(c.path("dailySendLimit").asInt()).isEqualTo(20);
        assertThat(c.path("channels").path("linkedin").asBoolean()).isTrue();
        assertThat(c.path("channels").path("email").asBoolean()).isTrue();
        assertThat(c.path("icpCriteria").path("industries").isArray()).isTrue();
        assertThat(c.path("stats").path("totalProspects").asInt()).isZero();
        assertThat(c.path("stats").path("meetingsBooked").asInt()).isZero();
        assertThat(c.path("createdAt").asString()).endsWith("Z");

        var fetched = call(token, "getCampaign", "{\"id\":\"" + c.path("id").asString() + "\"}");
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json()).isEqualTo(c);
    }

    @Test
    void createKeepsTheIcpChannelsAndLimitItIsGiven() {
        String token = newUser();
        JsonNode c = create(token, """
                {"name":"EU SaaS","description":"CTOs","dailySendLimit":100,
                 "icpCriteria":{"industries":["SaaS"],"jobTitles":["CTO"],"companySizes":["11-50"],"locations":["Paris"]},
                 "channels":{"linkedin":true,"email":false}}""");
        assertThat(c.path("dailySendLimit").asInt()).isEqualTo(100);
        assertThat(c.path("description").asString()).isEqualTo("CTOs");
        assertThat(c.path("icpCriteria").path("jobTitles").get(0).asString()).isEqualTo("CTO");
        assertThat(c.path("channels").path("email").asBoolean()).isFalse();
    }

    @Test
    void aDailySendLimitOutside1To100OrABlankNameIs422OnTheField() {
        String token = newUser();
        var tooHigh = call(token, "createCampaign", "{\"name\":\"x\",\"dailySendLimit\":101}");
        assertThat(tooHigh.status()).isEqualTo(422);
        assertThat(tooHigh.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("dailySendLimit");
        var zero = call(token, "createCampaign", "{\"name\":\"x\",\"dailySendLimit\":0}");
        assertThat(zero.status()).isEqualTo(422);
        var blank = call(token, "createCampaign", "{\"name\":\"   \"}");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("name");
        var badStatus = call(token, "listCampaigns", "{\"status\":\"running\"}");
        assertThat(badStatus.status()).isEqualTo(422);
        assertThat(badStatus.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("status");
    }

    @Test
    void aCampaignWithoutAnyChannelIs422OnChannelsAndCannotStart() {
        String token = newUser();
        String none = "{\"linkedin\":false,\"email\":false}";
        var created = call(token, "createCampaign", "{\"name\":\"Nowhere\",\"channels\":" + none + "}");
        assertThat(created.status()).isEqualTo(422);
        assertThat(created.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("channels");
        assertThat(created.json().path("error").path("details").get(0).path("issue").asString())
                .isEqualTo("must include at least one channel");
        assertThat(call(token, "listCampaigns", "{}").json().path("items").size()).isZero();

        String id = create(token, "{\"name\":\"Somewhere\",\"channels\":{\"linkedin\":true,\"email\":false}}")
                .path("id").asString();
        var emptied = call(token, "updateCampaign", "{\"id\":\"" + id + "\",\"channels\":" + none + "}");
        assertThat(emptied.status()).isEqualTo(422);
        assertThat(emptied.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("channels");
        assertThat(call(token, "getCampaign", "{\"id\":\"" + id + "\"}").json().path("channels").path("linkedin")
                .asBoolean()).isTrue();

        // saved without a channel before the rule (written directly): it stays editable but cannot start
        db.sql("UPDATE campaigns SET channels = '{\"linkedin\":false,\"email\":false}' WHERE id = :id")
                .bind("id", UUID.fromString(id)).then().block();
        var started = call(token, "updateCampaign", "{\"id\":\"" + id + "\",\"status\":\"active\"}");
        assertThat(started.status()).isEqualTo(422);
        assertThat(started.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("channels");
        assertThat(move(token, id, "archived")).isEqualTo("archived");
    }

    @Test
    void statusMovesFollowTheMachineAndEveryOtherMoveIs409() {
        String token = newUser();
        String id = create(token, "{\"name\":\"Machine\"}").path("id").asString();
        assertThat(move(token, id, "paused")).isEqualTo("409 CONFLICT");
        assertThat(move(token, id, "completed")).isEqualTo("409 CONFLICT");
        assertThat(move(token, id, "active")).isEqualTo("active");
        assertThat(move(token, id, "draft")).isEqualTo("409 CONFLICT");
        assertThat(move(token, id, "paused")).isEqualTo("paused");
        assertThat(move(token, id, "active")).isEqualTo("active");
        assertThat(move(token, id, "completed")).isEqualTo("completed");
        assertThat(move(token, id, "active")).isEqualTo("409 CONFLICT");
        assertThat(move(token, id, "archived")).isEqualTo("archived");
        assertThat(move(token, id, "active")).isEqualTo("409 CONFLICT");
        assertThat(move(token, id, "archived")).isEqualTo("archived");

        String draft = create(token, "{\"name\":\"Never started\"}").path("id").asString();
        assertThat(move(token, draft, "archived")).isEqualTo("archived");
    }

    @Test
    void aRefusedMoveChangesNothingElseSentWithIt() {
        String token = newUser();
        String id = create(token, "{\"name\":\"Before\"}").path("id").asString();
        var r = call(token, "updateCampaign", "{\"id\":\"" + id + "\",\"name\":\"After\",\"status\":\"paused\"}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(call(token, "getCampaign", "{\"id\":\"" + id + "\"}").json().path("name").asString()).isEqualTo("Before");
    }

    @Test
    void updateChangesOnlyTheFieldsSent() {
        String token = newUser();
        JsonNode before = create(token, """
                {"name":"Partial","description":"keep me","dailySendLimit":30,
                 "icpCriteria":{"industries":["Retail"],"jobTitles":[],"companySizes":[],"locations":[]}}""");
        String id = before.path("id").asString();
        var r = call(token, "updateCampaign", "{\"id\":\"" + id + "\",\"dailySendLimit\":55,\"channels\":{\"linkedin\":false,\"email\":true}}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode after = r.json();
        assertThat(after.path("dailySendLimit").asInt()).isEqualTo(55);
        assertThat(after.path("channels").path("linkedin").asBoolean()).isFalse();
        assertThat(after.path("name").asString()).isEqualTo("Partial");
        assertThat(after.path("description").asString()).isEqualTo("keep me");
        assertThat(after.path("icpCriteria")).isEqualTo(before.path("icpCriteria"));
        assertThat(after.path("status").asString()).isEqualTo("draft");
        var tooHigh = call(token, "updateCampaign", "{\"id\":\"" + id + "\",\"dailySendLimit\":500}");
        assertThat(tooHigh.status()).isEqualTo(422);
    }

    @Test
    void anotherUsersCampaignIsNotFoundExactlyLikeAnUnknownOne() {
        String owner = newUser();
        String stranger = newUser();
        String id = create(owner, "{\"name\":\"Mine\"}").path("id").asString();
        String[][] calls = {{"getCampaign", ""}, {"updateCampaign", ",\"status\":\"archived\""}};
        for (String[] fn : calls) {
            var theirs = call(stranger, fn[0], "{\"id\":\"" + id + "\"" + fn[1] + "}");
            var unknown = call(stranger, fn[0], "{\"id\":\"" + UUID.randomUUID() + "\"" + fn[1] + "}");
            assertThat(theirs.status()).as(fn[0]).isEqualTo(404);
            assertThat(unknown.status()).as(fn[0]).isEqualTo(404);
            assertThat(theirs.body().replaceAll("\"requestId\":\"[^\"]*\"", ""))
                    .isEqualTo(unknown.body().replaceAll("\"requestId\":\"[^\"]*\"", ""));
        }
        assertThat(call(owner, "getCampaign", "{\"id\":\"" + id + "\"}").json().path("status").asString()).isEqualTo("draft");
        assertThat(call(stranger, "listCampaigns", "{}").json().path("items").size()).isZero();
    }

    @Test
    void listCampaignsShowsOnlyMineNewestFirstAndFiltersByStatus() {
        String token = newUser();
        String first = create(token, "{\"name\":\"First\"}").path("id").asString();
        String second = create(token, "{\"name\":\"Second\"}").path("id").asString();
        move(token, second, "active");
        newUser(); // someone else exists with their own campaigns
        JsonNode all = call(token, "listCampaigns", "{}").json().path("items");
        assertThat(all.size()).isEqualTo(2);
        assertThat(all.get(0).path("id").asString()).isEqualTo(second);
        assertThat(all.get(1).path("id").asString()).isEqualTo(first);
        JsonNode active = call(token, "listCampaigns", "{\"status\":\"active\"}").json().path("items");
        assertThat(active.size()).isEqualTo(1);
        assertThat(active.get(0).path("id").asString()).isEqualTo(second);
    }

    @Test
    void statsAreComputedFromTheCampaignsProspectsAndMeetings() {
        String token = newUser();
        String id = create(token, "{\"name\":\"Stats\"}").path("id").asString();
        String[] prospects = new String[4];
        for (int i = 0; i < 4; i++) {
            var p = call(token, "createProspect", "{\"campaignId\":\"" + id + "\",\"fullName\":\"P" + i
                    + "\",\"companyName\":\"Acme\",\"email\":\"p" + i + "@acme.io\"}");
            assertThat(p.status()).as(p.body()).isEqualTo(200);
            prospects[i] = p.json().path("id").asString();
        }
        call(token, "updateProspect", "{\"id\":\"" + prospects[0] + "\",\"status\":\"contacted\"}");
        call(token, "updateProspect", "{\"id\":\"" + prospects[1] + "\",\"status\":\"qualified\"}");
        call(token, "updateProspect", "{\"id\":\"" + prospects[2] + "\",\"status\":\"meeting_booked\"}");
        UUID user = UUID.fromString(call(token, "me", "{}").json().path("id").asString());
        db.sql("UPDATE prospects SET last_replied_at = now() WHERE user_id = :u AND id = :p")
                .bind("u", user).bind("p", UUID.fromString(prospects[2])).then().block();
        db.sql("""
                INSERT INTO meetings (user_id, prospect_id, campaign_id, title, scheduled_at, status)
                VALUES (:u, :p, :c, 'Intro', now() + interval '1 day', 'scheduled'),
                       (:u, :p, :c, 'Cancelled one', now() + interval '2 day', 'cancelled')""")
                .bind("u", user).bind("p", UUID.fromString(prospects[2])).bind("c", UUID.fromString(id)).then().block();

        JsonNode stats = call(token, "getCampaign", "{\"id\":\"" + id + "\"}").json().path("stats");
        assertThat(stats.path("totalProspects").asInt()).isEqualTo(4);
        assertThat(stats.path("contacted").asInt()).isEqualTo(3);
        assertThat(stats.path("replied").asInt()).isEqualTo(1);
        assertThat(stats.path("qualified").asInt()).isEqualTo(2);
        assertThat(stats.path("meetingsBooked").asInt()).isEqualTo(1);
        JsonNode listed = call(token, "listCampaigns", "{}").json().path("items").get(0).path("stats");
        assertThat(listed).isEqualTo(stats);
    }
}
