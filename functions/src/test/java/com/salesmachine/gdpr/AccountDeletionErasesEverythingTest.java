package com.salesmachine.gdpr;

import static com.salesmachine.gdpr.Traces.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** deleteAccount: no table keeps a row of the user but the audit entry, which names nobody; every session is gone. */
class AccountDeletionErasesEverythingTest extends ApplicationTest {

    private static final String PASSWORD = "Secret-pass-1";

    @Autowired
    DatabaseClient db;

    @Test
    void afterDeleteAccountNoTableHoldsARowOfTheUserButTheAnonymousAuditEntryAndEverySessionIsRevoked() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "leaving-" + tag + "@example.com";
        String token = signup(email);
        String otherSession = login(email);
        Traces traces = new Traces(http, db);
        UUID user = traces.userOf(token);
        TestHttp.Response campaign = call(token, "createCampaign", "{\"name\":\"Leaving campaign " + tag + "\"}");
        ok(campaign);
        String prospectEmail = "carl." + tag + "@leaving.example";
        traces.prospectWithEverything(user, UUID.fromString(campaign.json().path("id").asString()), "Carl Leaving" + tag,
                prospectEmail, "https://www.linkedin.com/in/carl-" + tag);
        ok(call(token, "createTemplate", "{\"name\":\"Leaving template " + tag + "\",\"channel\":\"linkedin\",\"body\":\"Hey\"}"));
        ok(call(token, "saveOnboardingStep", "{\"step\":\"limits\",\"data\":{\"dailyEmailLimit\":15,\"aiConfidenceThreshold\":70}}"));
        ok(call(token, "saveView", "{\"name\":\"Leaving view " + tag + "\",\"filter\":{\"jobTitle\":\"quitting-" + tag + "\"}}"));
        assertThat(traces.tablesWithRowsOf(user)).as("rows before deletion").contains("campaigns", "prospect_facts", "prospect_pipeline",
                "enrichments", "messages", "meetings", "review_items", "outbound_messages", "templates", "warmups",
                "warmup_days", "activity_events", "integration_deliveries", "saved_views");

        TestHttp.Response deleted = call(token, "deleteAccount", "{\"password\":\"" + PASSWORD + "\"}");

        ok(deleted);
        assertThat(deleted.json().path("deleted").asBoolean()).isTrue();
        assertThat(traces.tablesWithRowsOf(user)).as("tables still holding a row of the user").containsExactly("audit_entries");
        assertThat(db.sql("SELECT count(*) FROM users WHERE id = :u").bind("u", user)
                .map(row -> ((Number) row.get(0)).longValue()).one().block()).as("users row").isZero();
        List<String> audit = db.sql("SELECT a::text FROM audit_entries a WHERE user_id = :u").bind("u", user)
                .map(row -> row.get(0, String.class)).all().collectList().block();
        assertThat(audit).isNotEmpty().allSatisfy(row -> assertThat(row).doesNotContain(email, tag, "Carl", "Leaving"));
        for (String needle : List.of(email, prospectEmail, "Carl Leaving" + tag, "carl-" + tag, "Leaving campaign " + tag,
                "Leaving template " + tag, "Leaving view " + tag, "quitting-" + tag)) {
            assertThat(traces.tablesMentioning(needle)).as("tables still holding " + needle).isEmpty();
        }
        assertThat(call(token, "me", "{}").status()).isEqualTo(401);
        assertThat(call(otherSession, "me", "{}").status()).isEqualTo(401);
        assertThat(http.post("login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}").status())
                .isEqualTo(401);
    }

    private String signup(String email) {
        TestHttp.Response r = http.post("signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"fullName\":\"Leaving User\"}");
        ok(r);
        return r.json().path("session").path("token").asString();
    }

    private String login(String email) {
        TestHttp.Response r = http.post("login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        ok(r);
        return r.json().path("session").path("token").asString();
    }
}
