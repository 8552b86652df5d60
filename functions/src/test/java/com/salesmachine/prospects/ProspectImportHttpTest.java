package com.salesmachine.prospects;

import com.salesmachine.dashboard.Fixtures;
import com.salesmachine.support.ApplicationTest;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ProspectImportHttpTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    private JsonNode importChunk(String token, String body) {
        var r = call(token, "importProspects", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void aChunkCreatesTheGoodRowsCountsDuplicatesByNormalisedLinkedinAndCaseInsensitiveEmailAndReportsBadRows() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        f.execute("INSERT INTO prospects (user_id, full_name, company_name, email) VALUES (:user, 'Old', 'Acme', 'ada@acme.io')",
                Map.of("user", me.id()));
        UUID campaign = f.campaign(me.id(), "Imported");
        JsonNode r = importChunk(me.token(), """
                {"campaignId":"%s","firstRow":2,"rows":[
                 {"fullName":"Ada","companyName":"Acme","email":"ADA@acme.io"},
                 {"fullName":"Bob","companyName":"Beta","linkedinUrl":"https://www.linkedin.com/in/bob-b/","status":"Qualified","vip":"yes","vipReason":"big"},
                 {"fullName":"Bob again","companyName":"Beta","linkedinUrl":"http://linkedin.com/in/bob-b"},
                 {"fullName":"","companyName":"Gamma","email":"c@gamma.io"},
                 {"fullName":"Dan","companyName":"Delta"},
                 {"fullName":"Eve","companyName":"Epsilon","email":"not-an-email"},
                 {"fullName":"Fay","companyName":"Phi","linkedinUrl":"https://example.com/in/fay"},
                 {"fullName":"Gus","companyName":"Gimel","email":"gus@g.io","status":"won"},
                 {"fullName":"Hal","companyName":"Heth","email":"hal@h.io","vip":"maybe"},
                 {"fullName":"Ivy","companyName":"Iota","email":"ivy@i.io","location":"Lyon","jobTitle":"CTO"}
                ]}""".formatted(campaign));
        assertThat(r.path("created").asInt()).isEqualTo(2);
        assertThat(r.path("duplicates").asInt()).isEqualTo(2);
        assertThat(r.path("errors").size()).isEqualTo(6);
        assertThat(r.path("created").asInt() + r.path("duplicates").asInt() + r.path("errors").size()).isEqualTo(10);
        JsonNode first = r.path("errors").get(0);
        assertThat(first.path("row").asInt()).isEqualTo(5);
        assertThat(first.path("field").asString()).isEqualTo("fullName");
        assertThat(first.path("message").asString()).isNotBlank();
        assertThat(r.path("errors").get(1).path("row").asInt()).isEqualTo(6);
        assertThat(r.path("errors").get(1).path("field").asString()).isEqualTo("email");
        assertThat(r.path("errors").get(2).path("field").asString()).isEqualTo("email");
        assertThat(r.path("errors").get(3).path("field").asString()).isEqualTo("linkedinUrl");
        assertThat(r.path("errors").get(4).path("field").asString()).isEqualTo("status");
        assertThat(r.path("errors").get(5).path("field").asString()).isEqualTo("vip");

        assertThat(f.count("""
                SELECT count(*) FROM prospects WHERE user_id = :user AND campaign_id = :campaign AND source = 'import'
                  AND ((full_name = 'Bob' AND status = 'qualified' AND is_vip AND vip_reason = 'big')
                       OR (full_name = 'Ivy' AND location = 'Lyon' AND job_title = 'CTO' AND status = 'new'))""",
                Map.of("user", me.id(), "campaign", campaign))).isEqualTo(2);
        // the same chunk again: everything valid is now a duplicate
        JsonNode again = importChunk(me.token(), """
                {"firstRow":2,"rows":[{"fullName":"Ivy","companyName":"Iota","email":"IVY@I.IO"}]}""");
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void anotherUsersCampaignIs404AndCreatesNothingAndTheirProspectsAreNoDuplicates() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        var other = Fixtures.signUp(http);
        UUID theirs = f.campaign(other.id(), "Theirs");
        f.execute("INSERT INTO prospects (user_id, full_name, company_name, email) VALUES (:user, 'Zed', 'Y', 'zed@y.io')",
                Map.of("user", other.id()));
        var r = call(me.token(), "importProspects", """
                {"campaignId":"%s","firstRow":2,"rows":[{"fullName":"A","companyName":"B","email":"a@b.io"}]}""".formatted(theirs));
        assertThat(r.status()).isEqualTo(404);
        assertThat(f.count("SELECT count(*) FROM prospects WHERE user_id = :user", Map.of("user", me.id()))).isZero();
        JsonNode ok = importChunk(me.token(), """
                {"firstRow":2,"rows":[{"fullName":"Zed","companyName":"Y","email":"zed@y.io"}]}""");
        assertThat(ok.path("created").asInt()).isEqualTo(1);
        assertThat(f.count("SELECT count(*) FROM prospects WHERE user_id = :user", Map.of("user", other.id()))).isEqualTo(1);
    }

    @Test
    void aMalformedChunkIs422AndCreatesNothing() {
        String token = newUser();
        assertValidation(call(token, "importProspects", "{\"firstRow\":2,\"rows\":[]}"), "rows");
        assertValidation(call(token, "importProspects", "{\"rows\":[{\"fullName\":\"A\",\"companyName\":\"B\",\"email\":\"a@b.io\"}]}"), "firstRow");
        assertValidation(call(token, "importProspects", "{\"firstRow\":0,\"rows\":[{\"fullName\":\"A\"}]}"), "firstRow");
        String rows = ("{\"fullName\":\"A\",\"companyName\":\"B\"},").repeat(501);
        assertValidation(call(token, "importProspects", "{\"firstRow\":2,\"rows\":[" + rows.substring(0, rows.length() - 1) + "]}"), "rows");
        assertValidation(call(token, "importProspects",
                "{\"firstRow\":2,\"rows\":[{\"fullName\":\"" + "a".repeat(2001) + "\",\"companyName\":\"B\"}]}"), "rows[0].fullName");
        var r = call(token, "listProspects", "{}");
        assertThat(r.json().path("items").size()).isZero();
    }
}
