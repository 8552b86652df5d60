package com.salesmachine.prospects;

import com.salesmachine.support.ApplicationTest;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SavedViewsHttpTest extends ApplicationTest {

    @Test
    void aViewKeepsItsFilterAndSortAndTheSameNameReplacesIt() {
        String token = newUser();
        var saved = call(token, "saveView", """
                {"name":" Hot leads ","filter":{"status":["qualified"],"vip":true,"jobTitle":"cto",
                 "createdFrom":"2025-01-01T00:00:00Z"},"sort":"activity_desc"}""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("name").asString()).isEqualTo("Hot leads");
        assertThat(saved.json().path("filter").path("jobTitle").asString()).isEqualTo("cto");
        assertThat(saved.json().path("filter").path("createdFrom").asString()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(saved.json().path("sort").asString()).isEqualTo("activity_desc");
        String id = saved.json().path("id").asString();

        var replaced = call(token, "saveView", "{\"name\":\"Hot leads\",\"filter\":{\"channel\":\"email\"}}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().path("id").asString()).isEqualTo(id);
        assertThat(replaced.json().path("sort").asString()).isEqualTo("created_desc");
        call(token, "saveView", "{\"name\":\"all\",\"filter\":{}}");
        JsonNode list = call(token, "listSavedViews", "{}").json().path("items");
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).path("name").asString()).isEqualTo("all");
        assertThat(list.get(1).path("filter").path("channel").asString()).isEqualTo("email");
        assertThat(list.get(1).path("filter").path("vip").isNull()).isTrue();
    }

    @Test
    void anotherUsersViewsAreNeitherListedNorDeletable() {
        String mine = newUser();
        String theirs = newUser();
        String id = call(theirs, "saveView", "{\"name\":\"x\",\"filter\":{}}").json().path("id").asString();
        assertThat(call(mine, "listSavedViews", "{}").json().path("items").size()).isZero();
        var r = call(mine, "deleteSavedView", "{\"id\":\"" + id + "\"}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(call(theirs, "listSavedViews", "{}").json().path("items").size()).isEqualTo(1);
        String theirCampaign = call(theirs, "createCampaign", "{\"name\":\"Theirs\"}").json().path("id").asString();
        var naming = call(mine, "saveView", "{\"name\":\"y\",\"filter\":{\"campaignId\":\"" + theirCampaign + "\"}}");
        assertThat(naming.status()).isEqualTo(404);
        assertThat(call(mine, "listSavedViews", "{}").json().path("items").size()).isZero();
        assertThat(call(theirs, "deleteSavedView", "{\"id\":\"" + id + "\"}").status()).isEqualTo(200);
        assertThat(call(theirs, "listSavedViews", "{}").json().path("items").size()).isZero();
    }

    @Test
    void badViewsAre422AndTheFiftyFirstIs409() {
        String token = newUser();
        assertValidation(call(token, "saveView", "{\"name\":\"  \",\"filter\":{}}"), "name");
        assertValidation(call(token, "saveView", "{\"name\":\"x\"}"), "filter");
        assertValidation(call(token, "saveView", "{\"name\":\"x\",\"filter\":{\"channel\":\"fax\"}}"), "filter.channel");
        assertValidation(call(token, "saveView", "{\"name\":\"" + "n".repeat(101) + "\",\"filter\":{}}"), "name");
        for (int i = 0; i < 50; i++) {
            assertThat(call(token, "saveView", "{\"name\":\"v" + i + "\",\"filter\":{}}").status()).isEqualTo(200);
        }
        var full = call(token, "saveView", "{\"name\":\"one more\",\"filter\":{}}");
        assertThat(full.status()).isEqualTo(409);
        assertThat(call(token, "saveView", "{\"name\":\"v7\",\"filter\":{\"vip\":true}}").status()).isEqualTo(200);
        assertThat(call(token, "listSavedViews", "{}").json().path("items").size()).isEqualTo(50);
    }
}
