package com.salesmachine.prospects;

import com.salesmachine.localstack.EmbeddedPostgresServer;
import com.salesmachine.localstack.LocalStack;
import com.salesmachine.support.ApplicationTest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ProspectsHttpTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    private JsonNode create(String token, String body) {
        var r = call(token, "createProspect", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private String prospect(String token, String name, String company, String email) {
        return create(token, "{\"fullName\":\"" + name + "\",\"companyName\":\"" + company + "\",\"email\":\"" + email + "\"}")
                .path("id").asString();
    }

    private String campaign(String token) {
        return call(token, "createCampaign", "{\"name\":\"C\"}").json().path("id").asString();
    }

    private static String field(TestHttp422 r) {
        return r.json.path("error").path("details").get(0).path("field").asString();
    }

    private record TestHttp422(int status, JsonNode json) {
    }

    private TestHttp422 error(String token, String fn, String body) {
        var r = call(token, fn, body);
        return new TestHttp422(r.status(), r.json());
    }

    private List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("items").forEach(item -> names.add(item.path("fullName").asString()));
        return names;
    }

    private JsonNode list(String token, String body) {
        var r = call(token, "listProspects", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private UUID userId(String token) {
        return UUID.fromString(call(token, "me", "{}").json().path("id").asString());
    }

    // ---------------------------------------------------------------- createProspect

    @Test
    void aCreatedProspectIsNewNotVipAndAnswersItsSummary() {
        String token = newUser();
        String campaign = campaign(token);
        JsonNode p = create(token, "{\"campaignId\":\"" + campaign + "\",\"fullName\":\" Ada Lovelace \",\"companyName\":\"Engines\","
                + "\"jobTitle\":\"CTO\",\"linkedinUrl\":\"https://www.linkedin.com/in/ada/\",\"email\":\"Ada@Engines.io\"}");
        assertThat(p.path("fullName").asString()).isEqualTo("Ada Lovelace");
        assertThat(p.path("status").asString()).isEqualTo("new");
        assertThat(p.path("isVip").asBoolean()).isFalse();
        assertThat(p.path("campaignId").asString()).isEqualTo(campaign);
        assertThat(p.path("linkedinUrl").asString()).isEqualTo("https://www.linkedin.com/in/ada/");
        assertThat(p.path("email").asString()).isEqualTo("Ada@Engines.io");
        assertThat(p.path("createdAt").asString()).endsWith("Z");
        Long events = db.sql("SELECT count(*) FROM activity_events WHERE prospect_id = :p AND type = 'prospect_added'")
                .bind("p", UUID.fromString(p.path("id").asString())).map(row -> row.get(0, Long.class)).one().block();
        assertThat(events).isEqualTo(1L);
    }

    @Test
    void theSameLinkedinProfileOrEmailTwiceIs409ButAnotherUserMayHaveIt() {
        String token = newUser();
        create(token, "{\"fullName\":\"José\",\"companyName\":\"Acme\",\"linkedinUrl\":\"https://FR.linkedin.com/in/Jose-Alvarez/?trk=x\"}");
        var sameProfile = call(token, "createProspect",
                "{\"fullName\":\"Jose A\",\"companyName\":\"Acme\",\"linkedinUrl\":\"linkedin.com/in/jose-alvarez\"}");
        assertThat(sameProfile.status()).isEqualTo(409);
        assertThat(sameProfile.errorCode()).isEqualTo("CONFLICT");

        create(token, "{\"fullName\":\"Bob\",\"companyName\":\"Acme\",\"email\":\"bob@acme.io\"}");
        var sameEmail = call(token, "createProspect", "{\"fullName\":\"Bobby\",\"companyName\":\"Acme\",\"email\":\"BOB@Acme.IO\"}");
        assertThat(sameEmail.status()).isEqualTo(409);

        String other = newUser();
        create(other, "{\"fullName\":\"Bob\",\"companyName\":\"Acme\",\"email\":\"bob@acme.io\"}");
        assertThat(list(token, "{}").path("items").size()).isEqualTo(2);
    }

    @Test
    void aProspectNeedsAContactAndALinkedinUrlThatIsLinkedin() {
        String token = newUser();
        var noContact = error(token, "createProspect", "{\"fullName\":\"A\",\"companyName\":\"B\"}");
        assertThat(noContact.status()).isEqualTo(422);
        assertThat(field(noContact)).isEqualTo("email");
        var notLinkedin = error(token, "createProspect",
                "{\"fullName\":\"A\",\"companyName\":\"B\",\"linkedinUrl\":\"https://example.com/in/a\"}");
        assertThat(notLinkedin.status()).isEqualTo(422);
        assertThat(field(notLinkedin)).isEqualTo("linkedinUrl");
        var badEmail = error(token, "createProspect", "{\"fullName\":\"A\",\"companyName\":\"B\",\"email\":\"not-an-email\"}");
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(field(badEmail)).isEqualTo("email");
        var noName = error(token, "createProspect", "{\"companyName\":\"B\",\"email\":\"a@b.io\"}");
        assertThat(noName.status()).isEqualTo(422);
        assertThat(field(noName)).isEqualTo("fullName");
    }

    @Test
    void anotherUsersCampaignCannotBeJoinedAndIsAnsweredLikeAnUnknownOne() {
        String owner = newUser();
        String stranger = newUser();
        String theirs = campaign(owner);
        var r = call(stranger, "createProspect",
                "{\"campaignId\":\"" + theirs + "\",\"fullName\":\"A\",\"companyName\":\"B\",\"email\":\"a@b.io\"}");
        assertThat(r.status()).isEqualTo(404);
        var unknown = call(stranger, "createProspect",
                "{\"campaignId\":\"" + UUID.randomUUID() + "\",\"fullName\":\"A\",\"companyName\":\"B\",\"email\":\"a@b.io\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(r.json().path("error").path("message").asString())
                .isEqualTo(unknown.json().path("error").path("message").asString());
        assertThat(list(stranger, "{}").path("items").size()).isZero();
    }

    // ---------------------------------------------------------------- updateProspect

    @Test
    void anUpdateWaitingOnARowLockedElsewhereGivesUpWith503AfterTheLockTimeoutAndChangesNothing() throws Exception {
        String token = newUser();
        String id = prospect(token, "Ada", "Analytical Engines", "ada@engines.test");
        EmbeddedPostgresServer pg = LocalStack.shared().postgres();
        long waited;
        try (Connection other = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
             Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.execute("SELECT 1 FROM prospects WHERE id = '" + id + "' FOR UPDATE");
            long started = System.nanoTime();
            var r = call(token, "updateProspect", "{\"id\":\"" + id + "\",\"status\":\"engaged\"}");
            waited = (System.nanoTime() - started) / 1_000_000;
            assertThat(r.status()).as(r.body()).isEqualTo(503);
            assertThat(r.json().path("error").path("code").asString()).isEqualTo("SERVICE_UNAVAILABLE");
            other.rollback();
        }
        assertThat(waited).as("it waited for the lock (lockWaitTimeout 5s)").isGreaterThanOrEqualTo(4_000);
        assertThat(call(token, "getProspect", "{\"id\":\"" + id + "\"}").json().path("status").asString()).isEqualTo("new");
    }

    @Test
    void updateChangesStatusVipAndCampaignAndKeepsWhatWasNotSent() {
        String token = newUser();
        String campaign = campaign(token);
        String id = prospect(token, "Grace", "Navy", "grace@navy.mil");
        var r = call(token, "updateProspect", "{\"id\":\"" + id + "\",\"status\":\"engaged\",\"isVip\":true,"
                + "\"vipReason\":\"Board member\",\"campaignId\":\"" + campaign + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("status").asString()).isEqualTo("engaged");
        assertThat(r.json().path("isVip").asBoolean()).isTrue();
        assertThat(r.json().path("campaignId").asString()).isEqualTo(campaign);
        var onlyStatus = call(token, "updateProspect", "{\"id\":\"" + id + "\",\"status\":\"qualified\"}").json();
        assertThat(onlyStatus.path("isVip").asBoolean()).isTrue();
        assertThat(onlyStatus.path("campaignId").asString()).isEqualTo(campaign);
        assertThat(call(token, "getProspect", "{\"id\":\"" + id + "\"}").json().path("vipReason").asString())
                .isEqualTo("Board member");
        call(token, "updateProspect", "{\"id\":\"" + id + "\",\"isVip\":false}");
        JsonNode detail = call(token, "getProspect", "{\"id\":\"" + id + "\"}").json();
        assertThat(detail.path("isVip").asBoolean()).isFalse();
        assertThat(detail.path("vipReason").isNull()).isTrue();
    }

    @Test
    void aVipReasonWithoutVipOrABadStatusIs422() {
        String token = newUser();
        String id = prospect(token, "Linus", "Kernel", "linus@kernel.org");
        var reasonOnly = error(token, "updateProspect", "{\"id\":\"" + id + "\",\"vipReason\":\"why not\"}");
        assertThat(reasonOnly.status()).isEqualTo(422);
        assertThat(field(reasonOnly)).isEqualTo("vipReason");
        var badStatus = error(token, "updateProspect", "{\"id\":\"" + id + "\",\"status\":\"won\"}");
        assertThat(badStatus.status()).isEqualTo(422);
        assertThat(field(badStatus)).isEqualTo("status");
    }

    @Test
    void anotherUsersProspectOrCampaignIsNotFoundForUpdateAndGet() {
        String owner = newUser();
        String stranger = newUser();
        String id = prospect(owner, "Owned", "Acme", "owned@acme.io");
        String strangersCampaign = campaign(stranger);
        assertThat(call(stranger, "updateProspect", "{\"id\":\"" + id + "\",\"status\":\"lost\"}").status()).isEqualTo(404);
        assertThat(call(stranger, "getProspect", "{\"id\":\"" + id + "\"}").status()).isEqualTo(404);
        assertThat(call(stranger, "getProspect", "{\"id\":\"" + UUID.randomUUID() + "\"}").status()).isEqualTo(404);
        assertThat(call(owner, "updateProspect", "{\"id\":\"" + id + "\",\"campaignId\":\"" + strangersCampaign + "\"}")
                .status()).isEqualTo(404);
        JsonNode untouched = call(owner, "getProspect", "{\"id\":\"" + id + "\"}").json();
        assertThat(untouched.path("status").asString()).isEqualTo("new");
        assertThat(untouched.path("campaignId").isNull()).isTrue();
    }

    // ---------------------------------------------------------------- getProspect

    @Test
    void getProspectTellsTheWholeStoryMessagesOldestFirstAndOnlyPendingReviews() {
        String token = newUser();
        UUID user = userId(token);
        String campaign = campaign(token);
        UUID id = UUID.fromString(create(token, "{\"campaignId\":\"" + campaign + "\",\"fullName\":\"Margaret\","
                + "\"companyName\":\"Apollo\",\"linkedinUrl\":\"https://linkedin.com/in/mh\"}").path("id").asString());
        db.sql("""
                INSERT INTO enrichments (prospect_id, user_id, talking_points, tech_stack, company_data, confidence_score, model)
                VALUES (:p, :u, ARRAY['moon'], ARRAY['fortran','asm'], '{"employees": 400}', 91, 'gpt')""")
                .bind("p", id).bind("u", user).then().block();
        db.sql("INSERT INTO warmups (prospect_id, user_id, planned_days, likes, comments, connection_status) VALUES (:p, :u, 10, 3, 1, 'pending')")
                .bind("p", id).bind("u", user).then().block();
        db.sql("""
                INSERT INTO messages (user_id, prospect_id, direction, channel, text, at) VALUES
                  (:u, :p, 'inbound', 'email', 'second', now() - interval '1 hour'),
                  (:u, :p, 'outbound', 'linkedin', 'first', now() - interval '2 hour'),
                  (:u, :p, 'outbound', 'email', 'third', now())""")
                .bind("p", id).bind("u", user).then().block();
        db.sql("""
                INSERT INTO review_items (user_id, prospect_id, message_type, channel, proposed_message, confidence_score, status, reviewed_at)
                VALUES (:u, :p, 'follow_up', 'email', 'draft waiting', 60, 'pending', NULL),
                       (:u, :p, 'initial_outreach', 'email', 'already decided', 90, 'approved', now())""")
                .bind("p", id).bind("u", user).then().block();
        db.sql("INSERT INTO meetings (user_id, prospect_id, title, scheduled_at) VALUES (:u, :p, 'Demo', now() + interval '1 day')")
                .bind("p", id).bind("u", user).then().block();

        var r = call(token, "getProspect", "{\"id\":\"" + id + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode p = r.json();
        assertThat(p.path("fullName").asString()).isEqualTo("Margaret");
        assertThat(p.path("source").asString()).isEqualTo("manual");
        assertThat(p.path("enrichment").path("techStack").get(1).asString()).isEqualTo("asm");
        assertThat(p.path("enrichment").path("companyData").path("employees").asInt()).isEqualTo(400);
        assertThat(p.path("enrichment").path("confidenceScore").asInt()).isEqualTo(91);
        assertThat(p.path("warmup").path("plannedDays").asInt()).isEqualTo(10);
        assertThat(p.path("warmup").path("connectionStatus").asString()).isEqualTo("pending");
        List<String> texts = new ArrayList<>();
        p.path("messages").forEach(m -> texts.add(m.path("text").asString()));
        assertThat(texts).containsExactly("first", "second", "third");
        assertThat(p.path("messages").get(0).path("direction").asString()).isEqualTo("outbound");
        assertThat(p.path("pendingReviews").size()).isEqualTo(1);
        assertThat(p.path("pendingReviews").get(0).path("proposedMessage").asString()).isEqualTo("draft waiting");
        assertThat(p.path("pendingReviews").get(0).path("prospect").path("id").asString()).isEqualTo(id.toString());
        assertThat(p.path("meetings").size()).isEqualTo(1);
        assertThat(p.path("meetings").get(0).path("prospectName").asString()).isEqualTo("Margaret");
        assertThat(p.path("meetings").get(0).path("status").asString()).isEqualTo("scheduled");
    }

    @Test
    void aBareProspectHasNoEnrichmentNoWarmupAndEmptyLists() {
        String token = newUser();
        String id = prospect(token, "Bare", "Acme", "bare@acme.io");
        JsonNode p = call(token, "getProspect", "{\"id\":\"" + id + "\"}").json();
        assertThat(p.path("enrichment").isNull()).isTrue();
        assertThat(p.path("warmup").isNull()).isTrue();
        assertThat(p.path("messages").size()).isZero();
        assertThat(p.path("meetings").size()).isZero();
        assertThat(p.path("pendingReviews").size()).isZero();
    }

    // ---------------------------------------------------------------- listProspects

    @Test
    void searchIgnoresCaseAndAccentsOverNameCompanyAndEmail() {
        String token = newUser();
        prospect(token, "José Álvarez", "Telefónica", "jose@tel.es");
        prospect(token, "Jürgen Müller", "Siemens", "jm@siemens.de");
        prospect(token, "Ann Lee", "Crème Brûlée Ltd", "ann@lee.io");
        assertThat(names(list(token, "{\"search\":\"jose\"}"))).containsExactly("José Álvarez");
        assertThat(names(list(token, "{\"search\":\"ÁLVAREZ\"}"))).containsExactly("José Álvarez");
        assertThat(names(list(token, "{\"search\":\"muller\"}"))).containsExactly("Jürgen Müller");
        assertThat(names(list(token, "{\"search\":\"MÜLLER\"}"))).containsExactly("Jürgen Müller");
        assertThat(names(list(token, "{\"search\":\"creme brulee\"}"))).containsExactly("Ann Lee");
        assertThat(names(list(token, "{\"search\":\"telefonica\"}"))).containsExactly("José Álvarez");
        assertThat(names(list(token, "{\"search\":\"siemens.de\"}"))).containsExactly("Jürgen Müller");
        assertThat(names(list(token, "{\"search\":\"nobody\"}"))).isEmpty();
    }

    @Test
    void likeWildcardsInTheSearchMatchOnlyThemselves() {
        String token = newUser();
        prospect(token, "Percent 100%", "Acme", "p1@acme.io");
        prospect(token, "Under_score", "Acme", "p2@acme.io");
        prospect(token, "Plain", "Acme", "plain@acme.io");
        assertThat(names(list(token, "{\"search\":\"%\"}"))).containsExactly("Percent 100%");
        assertThat(names(list(token, "{\"search\":\"_\"}"))).containsExactly("Under_score");
        assertThat(names(list(token, "{\"search\":\"\\\\\"}"))).isEmpty();
        // the full-width forms, which unaccent folds into % _ \ : still only themselves
        assertThat(names(list(token, "{\"search\":\"％\"}"))).containsExactly("Percent 100%");
        assertThat(names(list(token, "{\"search\":\"Under＿\"}"))).containsExactly("Under_score");
        assertThat(names(list(token, "{\"search\":\"＿\"}"))).containsExactly("Under_score");
        assertThat(names(list(token, "{\"search\":\"＼\"}"))).isEmpty();
    }

    @Test
    void filtersCombineAndNeverShowAnotherUsersProspects() {
        String token = newUser();
        String campaign = campaign(token);
        String a = create(token, "{\"campaignId\":\"" + campaign + "\",\"fullName\":\"Alpha Smith\",\"companyName\":\"X\",\"email\":\"a@x.io\"}").path("id").asString();
        String b = create(token, "{\"campaignId\":\"" + campaign + "\",\"fullName\":\"Beta Smith\",\"companyName\":\"X\",\"email\":\"b@x.io\"}").path("id").asString();
        create(token, "{\"fullName\":\"Gamma Smith\",\"companyName\":\"X\",\"email\":\"g@x.io\"}");
        call(token, "updateProspect", "{\"id\":\"" + a + "\",\"isVip\":true,\"status\":\"engaged\"}");
        call(token, "updateProspect", "{\"id\":\"" + b + "\",\"status\":\"qualified\"}");
        String other = newUser();
        prospect(other, "Delta Smith", "X", "d@x.io");

        assertThat(names(list(token, "{\"search\":\"smith\"}"))).containsExactly("Gamma Smith", "Beta Smith", "Alpha Smith");
        assertThat(names(list(token, "{\"campaignId\":\"" + campaign + "\"}"))).containsExactly("Beta Smith", "Alpha Smith");
        assertThat(names(list(token, "{\"campaignId\":\"" + campaign + "\",\"vip\":false}"))).containsExactly("Beta Smith");
        assertThat(names(list(token, "{\"status\":[\"engaged\",\"qualified\"],\"vip\":true,\"search\":\"alpha\"}")))
                .containsExactly("Alpha Smith");
        assertThat(names(list(token, "{\"status\":[\"qualified\"],\"search\":\"alpha\"}"))).isEmpty();
        assertThat(names(list(token, "{\"status\":[]}"))).hasSize(3);
    }

    @Test
    void keysetPagesNeitherRepeatNorSkipRowsWhileProspectsAreAdded() {
        String token = newUser();
        List<String> original = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            original.addFirst(prospect(token, "Seed " + i, "Acme", "seed" + i + "@acme.io"));
        }
        List<String> seen = new ArrayList<>();
        JsonNode page = list(token, "{\"limit\":3}");
        int inserted = 0;
        while (true) {
            page.path("items").forEach(item -> seen.add(item.path("id").asString()));
            // rows arrive between page fetches
            prospect(token, "Late " + inserted, "Acme", "late" + inserted++ + "@acme.io");
            if (page.path("nextCursor").isNull()) {
                break;
            }
            page = list(token, "{\"limit\":3,\"cursor\":\"" + page.path("nextCursor").asString() + "\"}");
        }
        assertThat(seen).containsExactlyElementsOf(original);
        assertThat(new HashSet<>(seen)).hasSize(7);
    }

    @Test
    void activitySortPutsTheMostRecentlyActiveFirst() {
        String token = newUser();
        UUID user = userId(token);
        String old = prospect(token, "Old activity", "Acme", "old@acme.io");
        prospect(token, "Middle", "Acme", "mid@acme.io");
        prospect(token, "Newest created", "Acme", "new@acme.io");
        db.sql("UPDATE prospects SET last_activity_at = now() + interval '1 hour' WHERE user_id = :u AND id = :p")
                .bind("u", user).bind("p", UUID.fromString(old)).then().block();
        JsonNode first = list(token, "{\"sort\":\"activity_desc\",\"limit\":2}");
        assertThat(names(first)).containsExactly("Old activity", "Newest created");
        JsonNode second = list(token, "{\"sort\":\"activity_desc\",\"limit\":2,\"cursor\":\""
                + first.path("nextCursor").asString() + "\"}");
        assertThat(names(second)).containsExactly("Middle");
        assertThat(second.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void aBadCursorOrLimitOrSortIs422OnThatField() {
        String token = newUser();
        assertThat(field(error(token, "listProspects", "{\"cursor\":\"garbage!\"}"))).isEqualTo("cursor");
        assertThat(field(error(token, "listProspects", "{\"limit\":0}"))).isEqualTo("limit");
        assertThat(field(error(token, "listProspects", "{\"limit\":101}"))).isEqualTo("limit");
        assertThat(field(error(token, "listProspects", "{\"sort\":\"name_asc\"}"))).isEqualTo("sort");
        assertThat(error(token, "listProspects", "{\"cursor\":\"garbage!\"}").status()).isEqualTo(422);
        assertThat(list(token, "{\"limit\":100}").path("items").isArray()).isTrue();
    }
}
