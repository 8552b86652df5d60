package com.salesmachine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import com.salesmachine.support.ApplicationTest;
import org.junit.jupiter.api.Test;

/** Issue 14 item 7, the validation gaps: number ranges, invalid UTF-8, time zones, e-mail addresses. */
class InputValidationHttpTest extends ApplicationTest {

    @Test
    void aNumberBeyondItsFieldsTypeIs422OnTheFieldNotAnUnreadableBody() {
        String token = newUser();

        var huge = call(token, "listProspects", "{\"limit\":1000000000000}");
        var tooLong = call(token, "listProspects", "{\"limit\":99999999999999999999999999}");

        assertValidation(huge, "limit");
        assertValidation(tooLong, "limit");
    }

    @Test
    void invalidUtf8InABodyIs400AndNothingIsStored() {
        String token = newUser();
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xC3}}) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes("{\"fullName\":\"Bad".getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bad);
            body.writeBytes("Name\",\"companyName\":\"Acme\",\"email\":\"bad@example.com\"}".getBytes(StandardCharsets.UTF_8));

            var r = http.raw("POST", "/createProspect", body.toByteArray(),
                    Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"));

            assertThat(r.status()).as(r.body()).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("INVALID_REQUEST");
        }
        assertThat(call(token, "listProspects", "{}").json().path("items").size()).isZero();
    }

    @Test
    void onlyIanaZoneIdsAreTimeZones() {
        String token = newUser();
        for (String notAZone : new String[] {"GMT+14", "+02:00", "UTC+1", "Z"}) {
            assertValidation(call(token, "updateMe", "{\"timezone\":\"" + notAZone + "\"}"), "timezone");
            assertValidation(call(token, "updateSettings", "{\"timezone\":\"" + notAZone + "\"}"), "timezone");
        }
        assertThat(call(token, "me", "{}").json().path("timezone").asString()).isEqualTo("UTC");
        for (String zone : new String[] {"Europe/Paris", "Pacific/Kiritimati", "Etc/GMT-14", "UTC"}) {
            var r = call(token, "updateMe", "{\"timezone\":\"" + zone + "\"}");
            assertThat(r.status()).as(zone + " " + r.body()).isEqualTo(200);
        }
    }

    @Test
    void anEmailNeedsADotInItsDomainAtSignupAndForProspects() {
        for (String bad : new String[] {"a@b", "user@localhost", "a@b.", "ab.c"}) {
            assertValidation(http.post("signup", "{\"email\":\"" + bad + "\",\"password\":\"Secret-pass-1\"}"), "email");
        }
        String token = newUser();
        assertValidation(call(token, "createProspect", "{\"fullName\":\"X\",\"companyName\":\"Y\",\"email\":\"x@y\"}"), "email");
        assertThat(call(token, "listProspects", "{}").json().path("items").size()).isZero();

        String good = "ok-" + UUID.randomUUID() + "@sub.example.co";
        assertThat(http.post("signup", "{\"email\":\"" + good + "\",\"password\":\"Secret-pass-1\"}").status()).isEqualTo(200);
        assertThat(call(token, "createProspect", "{\"fullName\":\"X\",\"companyName\":\"Y\",\"email\":\"x@y.io\"}").status())
                .isEqualTo(200);
    }
}
