package com.salesmachine.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;
import org.junit.jupiter.api.Test;

/** The two product bugs scenario 5 found, each pinned by a direct test. */
class HostileInputRegressionTest extends ApplicationTest {

    @Test
    void aNulCharacterOrALoneSurrogateAnywhereInTheBodyIs422NamingTheFieldAndStoresNothing() {
        String token = newUser();
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token);

        // before the fix: PostgreSQL refused the NUL (22021 / 22P05 in jsonb) and the API answered 500
        assertValidation(http.post("createCampaign", "{\"name\":\"a\\u0000b\"}", auth), "name");
        assertValidation(http.post("createCampaign", "{\"name\":\"ok\",\"icpCriteria\":{\"industries\":[\"\\ud800\"],"
                + "\"jobTitles\":[],\"companySizes\":[],\"locations\":[]}}", auth), "icpCriteria.industries[0]");
        assertValidation(http.post("updateMe", "{\"fullName\":\"x\\udc00\"}", auth), "fullName");
        assertValidation(http.post("createCampaign", "{\"name\":\"ok\",\"n\\u0000\":1}", auth), "body");

        assertThat(http.post("listCampaigns", "{}", auth).json().path("items").size()).isZero();
        assertThat(http.post("me", "{}", auth).json().path("fullName").asString()).isEqualTo("Test User");
        // a well-formed pair (an emoji) is still fine
        assertThat(http.post("createCampaign", "{\"name\":\"Launch \\ud83d\\ude80\"}", auth).status()).isEqualTo(200);
    }

    @Test
    void theNextRequestOnAConnectionIsAnsweredAfterAnAnswerGivenBeforeTheBodyWasRead() {
        // before the fix, about one request in five after such an answer hung until the client gave up (30 s)
        TestHttp client = new TestHttp(port);
        byte[] oversized = new byte[1024 * 1024 + 100];
        Arrays.fill(oversized, (byte) ' ');
        oversized[0] = '{';
        oversized[oversized.length - 1] = '}';
        Map<String, String> json = Map.of("Content-Type", "application/json");
        for (int i = 0; i < 10; i++) {
            assertThat(client.raw("DELETE", "/health", "{\"a\":1}".getBytes(), json).status()).isEqualTo(405);
            assertThat(client.raw("GET", "/health", null, Map.of()).status()).isEqualTo(200);
            assertThat(client.raw("POST", "/nope", "{\"a\":1}".getBytes(), json).status()).isEqualTo(404);
            assertThat(client.raw("POST", "/login", "{}".getBytes(), json).status()).isEqualTo(422);
            assertThat(client.raw("POST", "/login", "{\"a\":1}".getBytes(), Map.of("Content-Type", "text/plain")).status())
                    .isEqualTo(415);
            assertThat(client.raw("POST", "/login", "{}".getBytes(), json).status()).isEqualTo(422);
            try {
                assertThat(client.raw("POST", "/login", oversized, json).status()).isEqualTo(413);
            } catch (java.io.UncheckedIOException e) {
                // the server may close before the client finished uploading: it then sees the reset, not the 413
            }
            assertThat(client.raw("POST", "/login", "{}".getBytes(), json).status()).isEqualTo(422);
        }
    }
}
