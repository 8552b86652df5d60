package com.salesmachine.templates;

import com.salesmachine.dashboard.Fixtures;
import com.salesmachine.dashboard.Fixtures.Account;
import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesHttpTest extends ApplicationTest {

    static final String SYSTEM_EMAIL = "00000000-0000-4000-8000-000000000002";

    @Autowired
    DatabaseClient db;
    Fixtures rows;
    Account seller;

    @BeforeEach
    void seller() {
        rows = new Fixtures(db);
        seller = Fixtures.signUp(http);
    }

    @Test
    void theListHoldsTheSystemTemplatesThenTheUsersOwn() {
        String own = create("{\"name\":\"Mine\",\"channel\":\"email\",\"subject\":\"Hi {{firstName}}\",\"body\":\"At {{companyName}}\"}")
                .path("id").asString();

        JsonNode items = call(seller.token(), "listTemplates", "{}").json().path("items");

        assertThat(items.size()).isEqualTo(11);
        assertThat(items.get(0).path("system").asBoolean()).isTrue();
        assertThat(items.get(10).path("id").asString()).isEqualTo(own);
        assertThat(items.get(10).path("system").asBoolean()).isFalse();
        JsonNode coldEmail = items.values().stream().filter(t -> t.path("id").asString().equals(SYSTEM_EMAIL))
                .findFirst().orElseThrow();
        assertThat(coldEmail.path("variables").values().stream().map(JsonNode::asString).toList()).containsExactly(
                "companyName", "painPoint", "firstName", "talkingPoint", "senderCompany", "jobTitle", "senderName");
    }

    @Test
    void theListCanBeFilteredByChannel() {
        create("{\"name\":\"Note\",\"channel\":\"linkedin\",\"body\":\"Hi {{firstName}}\"}");

        JsonNode items = call(seller.token(), "listTemplates", "{\"channel\":\"linkedin\"}").json().path("items");

        assertThat(items.values().stream().map(t -> t.path("channel").asString()).toList()).containsOnly("linkedin").hasSize(5);
        assertValidation(call(seller.token(), "listTemplates", "{\"channel\":\"fax\"}"), "channel");
    }

    @Test
    void anotherUsersTemplatesAreNeitherListedNorReachable() {
        String own = create("{\"name\":\"Mine\",\"channel\":\"email\",\"body\":\"Hello\"}").path("id").asString();
        Account other = Fixtures.signUp(http);

        assertThat(call(other.token(), "listTemplates", "{}").json().path("items").size()).isEqualTo(10);
        for (var r : List.of(
                call(other.token(), "updateTemplate", "{\"id\":\"" + own + "\",\"name\":\"Stolen\"}"),
                call(other.token(), "deleteTemplate", "{\"id\":\"" + own + "\"}"),
                call(other.token(), "updateTemplate", "{\"id\":\"" + UUID.randomUUID() + "\",\"name\":\"X\"}"),
                call(other.token(), "previewTemplate", "{\"templateId\":\"" + own + "\",\"prospectId\":\""
                        + rows.prospect(other.id(), "Bo Berg", "Initech") + "\"}"))) {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.errorCode()).isEqualTo("NOT_FOUND");
        }
        assertThat(call(seller.token(), "listTemplates", "{}").json().path("items").get(10).path("name").asString())
                .isEqualTo("Mine");
    }

    @Test
    void aCreatedTemplateListsTheVariablesItUses() {
        JsonNode t = create("{\"name\":\" Follow-up \",\"channel\":\"email\",\"useCase\":\"follow_up\","
                + "\"subject\":\"{{companyName}}\",\"body\":\"Hi {{firstName}}, about {{ painPoint }} at {{companyName}}\"}");

        assertThat(t.path("name").asString()).isEqualTo("Follow-up");
        assertThat(t.path("useCase").asString()).isEqualTo("follow_up");
        assertThat(t.path("system").asBoolean()).isFalse();
        assertThat(t.path("variables").values().stream().map(JsonNode::asString).toList())
                .containsExactly("companyName", "firstName", "painPoint");
    }

    @Test
    void creatingValidatesFieldsUseCaseVariablesAndLinkedinSubjects() {
        assertValidation(call(seller.token(), "createTemplate", "{\"channel\":\"email\",\"body\":\"x\"}"), "name");
        assertValidation(call(seller.token(), "createTemplate", "{\"name\":\"n\",\"channel\":\"email\",\"body\":\" \"}"), "body");
        assertValidation(call(seller.token(), "createTemplate",
                "{\"name\":\"n\",\"channel\":\"email\",\"useCase\":\"spam\",\"body\":\"x\"}"), "useCase");
        var unknown = call(seller.token(), "createTemplate",
                "{\"name\":\"n\",\"channel\":\"email\",\"body\":\"Hi {{nickname}}\"}");
        assertValidation(unknown, "body");
        assertThat(unknown.body()).contains("{{nickname}}");
        assertValidation(call(seller.token(), "createTemplate",
                "{\"name\":\"n\",\"channel\":\"linkedin\",\"subject\":\"Hi\",\"body\":\"x\"}"), "subject");
    }

    @Test
    void updatingChangesOnlyTheFieldsSent() {
        String id = create("{\"name\":\"Mine\",\"channel\":\"email\",\"subject\":\"S\",\"body\":\"Hello {{firstName}}\"}")
                .path("id").asString();

        var r = call(seller.token(), "updateTemplate", "{\"id\":\"" + id + "\",\"body\":\"Bye {{lastName}}\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("name").asString()).isEqualTo("Mine");
        assertThat(r.json().path("subject").asString()).isEqualTo("S");
        assertThat(r.json().path("body").asString()).isEqualTo("Bye {{lastName}}");
        assertThat(r.json().path("variables").values().stream().map(JsonNode::asString).toList()).containsExactly("lastName");
    }

    @Test
    void updatingValidatesTheResultingTemplate() {
        String id = create("{\"name\":\"Mine\",\"channel\":\"email\",\"subject\":\"S\",\"body\":\"Hello\"}").path("id").asString();

        assertValidation(call(seller.token(), "updateTemplate", "{\"id\":\"" + id + "\",\"channel\":\"linkedin\"}"), "subject");
        assertValidation(call(seller.token(), "updateTemplate", "{\"id\":\"" + id + "\",\"body\":\"{{oops}}\"}"), "body");
        assertValidation(call(seller.token(), "updateTemplate", "{\"id\":\"" + id + "\",\"name\":\"  \"}"), "name");
        var cleared = call(seller.token(), "updateTemplate", "{\"id\":\"" + id + "\",\"channel\":\"linkedin\",\"subject\":\"\"}");
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().path("subject").isNull()).isTrue();
    }

    @Test
    void systemTemplatesAreReadOnly() {
        var update = call(seller.token(), "updateTemplate", "{\"id\":\"" + SYSTEM_EMAIL + "\",\"name\":\"Mine now\"}");
        var delete = call(seller.token(), "deleteTemplate", "{\"id\":\"" + SYSTEM_EMAIL + "\"}");

        assertThat(update.status()).isEqualTo(409);
        assertThat(delete.status()).isEqualTo(409);
        assertThat(update.errorCode()).isEqualTo("CONFLICT");
        assertThat(rows.count("SELECT count(*) FROM templates WHERE id = '" + SYSTEM_EMAIL
                + "' AND name = 'Cold e-mail: short and specific'", java.util.Map.of())).isEqualTo(1);
    }

    @Test
    void deletingRemovesTheUsersTemplateOnce() {
        String id = create("{\"name\":\"Mine\",\"channel\":\"email\",\"body\":\"Hello\"}").path("id").asString();

        var first = call(seller.token(), "deleteTemplate", "{\"id\":\"" + id + "\"}");
        var second = call(seller.token(), "deleteTemplate", "{\"id\":\"" + id + "\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("deleted").asBoolean()).isTrue();
        assertThat(second.status()).isEqualTo(404);
        assertValidation(call(seller.token(), "deleteTemplate", "{}"), "id");
    }

    @Test
    void aSystemTemplatePreviewsWithProspectEnrichmentAndSender() {
        UUID prospect = rows.prospect(seller.id(), "Ana María Lopez", "Acme");
        rows.enrichment(seller.id(), prospect, "your talk at Devoxx", "slow onboarding", "the Series A");

        var r = call(seller.token(), "previewTemplate",
                "{\"templateId\":\"" + SYSTEM_EMAIL + "\",\"prospectId\":\"" + prospect + "\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("subject").asString()).isEqualTo("Acme and slow onboarding");
        assertThat(r.json().path("body").asString())
                .startsWith("Hi Ana,\n\nI noticed your talk at Devoxx. Teams like Acme")
                .contains("At Seller Co we help Head of Sales")
                .endsWith("Best,\nSam Seller");
    }

    @Test
    void anAdHocBodyPreviewsAndAProspectWithoutEnrichmentRendersEmptyValues() {
        UUID prospect = rows.prospect(seller.id(), "Bo", "Initech");

        var r = call(seller.token(), "previewTemplate", "{\"subject\":\"For {{fullName}}\",\"body\":\"{{firstName}}|{{lastName}}|{{painPoint}}|{{location}}\","
                + "\"prospectId\":\"" + prospect + "\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("subject").asString()).isEqualTo("For Bo");
        assertThat(r.json().path("body").asString()).isEqualTo("Bo|||Lyon");
    }

    @Test
    void previewNamesUnknownVariables() {
        UUID prospect = rows.prospect(seller.id(), "Bo", "Initech");

        var r = call(seller.token(), "previewTemplate",
                "{\"subject\":\"{{shoeSize}}\",\"body\":\"Hi {{nickname}}\",\"prospectId\":\"" + prospect + "\"}");

        assertValidation(r, "body");
        assertValidation(r, "subject");
        assertThat(r.body()).contains("{{nickname}}").contains("{{shoeSize}}");
    }

    @Test
    void previewNeedsExactlyOneOfTemplateAndBodyAndAProspectOfTheUser() {
        UUID prospect = rows.prospect(seller.id(), "Bo", "Initech");
        assertValidation(call(seller.token(), "previewTemplate", "{\"prospectId\":\"" + prospect + "\"}"), "templateId");
        assertValidation(call(seller.token(), "previewTemplate", "{\"templateId\":\"" + SYSTEM_EMAIL
                + "\",\"body\":\"x\",\"prospectId\":\"" + prospect + "\"}"), "templateId");
        assertValidation(call(seller.token(), "previewTemplate", "{\"body\":\"x\"}"), "prospectId");

        Account other = Fixtures.signUp(http);
        var foreign = call(other.token(), "previewTemplate", "{\"body\":\"x\",\"prospectId\":\"" + prospect + "\"}");
        assertThat(foreign.status()).isEqualTo(404);
    }

    private JsonNode create(String body) {
        var r = call(seller.token(), "createTemplate", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }
}
