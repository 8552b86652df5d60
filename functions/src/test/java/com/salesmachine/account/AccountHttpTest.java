package com.salesmachine.account;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.localstack.LocalStack;
import com.salesmachine.support.ApplicationTest;
import org.junit.jupiter.api.Test;

class AccountHttpTest extends ApplicationTest {

    private String email() {
        return "acct-" + UUID.randomUUID() + "@Example.com";
    }

    private String signupBody(String email) {
        return "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\",\"fullName\":\"Ada Lovelace\"}";
    }

    @Test
    void signupAnswersUserAndSessionAndSetsAnHttpOnlyCookie() {
        String email = email();
        var r = http.post("signup", signupBody(email));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("user").path("email").asString()).isEqualTo(email.toLowerCase());
        String token = r.json().path("session").path("token").asString();
        assertThat(token).hasSize(43);
        String cookie = r.header("Set-Cookie");
        assertThat(cookie).startsWith("sm_session=" + token).contains("HttpOnly", "SameSite=Lax", "Path=/");
        assertThat(call(token, "me", "{}").json().path("email").asString()).isEqualTo(email.toLowerCase());
    }

    @Test
    void aTakenEmailIs409WhateverItsCase() {
        String email = email();
        assertThat(http.post("signup", signupBody(email)).status()).isEqualTo(200);
        var again = http.post("signup", signupBody(email.toUpperCase()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("CONFLICT");
    }

    @Test
    void aWeakPasswordIs422OnPassword() {
        var r = http.post("signup", "{\"email\":\"" + email() + "\",\"password\":\"aaaaaaaaaaaa\"}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("password");
    }

    @Test
    void loginIssuesAFreshSessionEachTimeAndWrongEmailOrPasswordAnswerTheSame() {
        String email = email();
        http.post("signup", signupBody(email));
        var a = http.post("login", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\"}");
        var b = http.post("login", "{\"email\":\"  " + email.toUpperCase() + " \",\"password\":\"Secret-pass-1\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(b.status()).isEqualTo(200);
        assertThat(a.json().path("session").path("token").asString())
                .isNotEqualTo(b.json().path("session").path("token").asString());
        var wrongPassword = http.post("login", "{\"email\":\"" + email + "\",\"password\":\"Wrong-pass-1\"}");
        var unknownEmail = http.post("login", "{\"email\":\"nobody-" + UUID.randomUUID() + "@x.io\",\"password\":\"Wrong-pass-1\"}");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(wrongPassword.errorCode()).isEqualTo("INVALID_CREDENTIALS");
        assertThat(wrongPassword.json().path("error").path("message").asString())
                .isEqualTo(unknownEmail.json().path("error").path("message").asString());
    }

    @Test
    void tenLoginFailuresLockTheEmailFor15Minutes() {
        String email = email();
        http.post("signup", signupBody(email));
        for (int i = 0; i < 10; i++) {
            assertThat(http.post("login", "{\"email\":\"" + email + "\",\"password\":\"Wrong-pass-1\"}",
                    Map.of("X-Forwarded-For", "10.0.0." + i)).status()).isEqualTo(401);
        }
        var locked = http.post("login", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\"}");
        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 900L);
    }

    @Test
    void thirtyOneAuthAttemptsFromOneAddressInAMinuteGetA429() {
        Map<String, String> oneAddress = Map.of("X-Forwarded-For", "192.0.2." + (1 + (int) (Math.random() * 200)));
        int limited = 0;
        for (int i = 0; i < 31; i++) {
            var r = http.post("login", "{\"email\":\"nobody-" + i + "@x.io\",\"password\":\"Wrong-pass-1\"}", oneAddress);
            if (r.status() == 429) {
                limited++;
                assertThat(r.header("Retry-After")).isNotNull();
            }
        }
        assertThat(limited).isEqualTo(1);
    }

    @Test
    void withoutAValidSessionAUserFunctionIs401() {
        assertThat(http.post("me", "{}").status()).isEqualTo(401);
        assertThat(http.post("me", "{}", Map.of("Authorization", "Bearer nonsense")).status()).isEqualTo(401);
        var forged = http.post("me", "{}", Map.of("Authorization", "Bearer " + "A".repeat(43)));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.errorCode()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void logoutKillsTheTokenAndClearsTheCookie() {
        String token = newUser();
        var out = call(token, "logout", "{}");
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.json().path("revoked").asInt()).isEqualTo(1);
        assertThat(out.header("Set-Cookie")).contains("sm_session=").contains("Max-Age=0");
        assertThat(call(token, "me", "{}").status()).isEqualTo(401);
    }

    @Test
    void theCookieWorksFromAnAllowedOriginAndIs403FromAnyOther() {
        String token = newUser();
        var allowed = http.post("me", "{}", Map.of("Cookie", "sm_session=" + token, "Origin", "http://localhost:5173"));
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(allowed.header("Access-Control-Allow-Credentials")).isEqualTo("true");
        var foreign = http.post("me", "{}", Map.of("Cookie", "sm_session=" + token, "Origin", "https://evil.example"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
        var bearerFromAnywhere = http.post("me", "{}", Map.of("Authorization", "Bearer " + token, "Origin", "https://evil.example"));
        assertThat(bearerFromAnywhere.status()).isEqualTo(200);
        assertThat(bearerFromAnywhere.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredAndFromOthersRefused() {
        var ok = http.request("OPTIONS", "/me", Map.of("Origin", "http://localhost:5173", "Access-Control-Request-Method", "POST"));
        assertThat(ok.status()).isEqualTo(204);
        assertThat(ok.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        var bad = http.request("OPTIONS", "/me", Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST"));
        assertThat(bad.status()).isEqualTo(403);
        assertThat(bad.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void listSessionsShowsHandlesNeverTokensAndMarksTheCurrentOne() {
        String email = email();
        String first = http.post("signup", signupBody(email)).json().path("session").path("token").asString();
        String second = http.post("login", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\"}")
                .json().path("session").path("token").asString();
        var list = call(second, "listSessions", "{}");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("items").size()).isEqualTo(2);
        assertThat(list.body()).doesNotContain(first).doesNotContain(second);
        long current = 0;
        for (var item : list.json().path("items")) {
            current += item.path("current").asBoolean() ? 1 : 0;
        }
        assertThat(current).isEqualTo(1);
    }

    @Test
    void logoutEverywhereKillsEverySession() {
        String email = email();
        String a = http.post("signup", signupBody(email)).json().path("session").path("token").asString();
        String b = http.post("login", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\"}")
                .json().path("session").path("token").asString();
        var r = call(a, "logoutEverywhere", "{}");
        assertThat(r.json().path("revoked").asInt()).isEqualTo(2);
        assertThat(call(a, "me", "{}").status()).isEqualTo(401);
        assertThat(call(b, "me", "{}").status()).isEqualTo(401);
    }

    @Test
    void changingThePasswordRevokesEveryOtherSession() {
        String email = email();
        String a = http.post("signup", signupBody(email)).json().path("session").path("token").asString();
        String b = http.post("login", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\"}")
                .json().path("session").path("token").asString();
        var wrong = call(a, "changePassword", "{\"currentPassword\":\"nope-nope-1\",\"newPassword\":\"Another-pass-2\"}");
        assertThat(wrong.status()).isEqualTo(422);
        var ok = call(a, "changePassword", "{\"currentPassword\":\"Secret-pass-1\",\"newPassword\":\"Another-pass-2\"}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(call(a, "me", "{}").status()).isEqualTo(200);
        assertThat(call(b, "me", "{}").status()).isEqualTo(401);
        assertThat(http.post("login", "{\"email\":\"" + email + "\",\"password\":\"Another-pass-2\"}").status()).isEqualTo(200);
    }

    @Test
    void updateMeAndSettingsValidateAndPersist() {
        String token = newUser();
        assertThat(call(token, "updateMe", "{\"timezone\":\"Mars/Olympus\"}").status()).isEqualTo(422);
        var me = call(token, "updateMe", "{\"companyName\":\"Acme\",\"timezone\":\"Europe/Paris\"}");
        assertThat(me.json().path("companyName").asString()).isEqualTo("Acme");
        var defaults = call(token, "getSettings", "{}");
        assertThat(defaults.json().path("aiConfidenceThreshold").asInt()).isEqualTo(80);
        assertThat(defaults.json().path("dailyEmailLimit").asInt()).isEqualTo(20);
        assertThat(defaults.json().path("timezone").asString()).isEqualTo("Europe/Paris");
        assertThat(call(token, "updateSettings", "{\"dailyEmailLimit\":101}").status()).isEqualTo(422);
        var badWarmup = call(token, "updateSettings", "{\"warmup\":{\"minDays\":10,\"maxDays\":8,\"dailyActionLimit\":20}}");
        assertThat(badWarmup.status()).isEqualTo(422);
        assertThat(badWarmup.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("warmup.maxDays");
        var updated = call(token, "updateSettings", "{\"dailyEmailLimit\":35,\"mode\":\"autopilot\",\"blacklistedTerms\":[\"acme\"]}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("dailyEmailLimit").asInt()).isEqualTo(35);
        assertThat(call(token, "getSettings", "{}").json().path("mode").asString()).isEqualTo("autopilot");
        assertThat(call(token, "getSettings", "{}").json().path("aiConfidenceThreshold").asInt()).isEqualTo(80);
    }

    @Test
    void theUiLanguageIsPartOfTheProfileEnglishByDefault() {
        String token = newUser();
        assertThat(call(token, "me", "{}").json().path("language").asString()).isEqualTo("en");
        assertValidation(call(token, "updateMe", "{\"language\":\"de\"}"), "language");
        assertThat(call(token, "me", "{}").json().path("language").asString()).isEqualTo("en");

        var fr = call(token, "updateMe", "{\"language\":\"fr\"}");

        assertThat(fr.status()).as(fr.body()).isEqualTo(200);
        assertThat(fr.json().path("language").asString()).isEqualTo("fr");
        assertThat(call(token, "updateMe", "{\"companyName\":\"Acme\"}").json().path("language").asString()).isEqualTo("fr");
        assertThat(call(token, "me", "{}").json().path("language").asString()).isEqualTo("fr");
    }

    @Test
    void deleteAccountNeedsThePasswordAndThenEverythingIsGone() {
        String email = email();
        String token = http.post("signup", signupBody(email)).json().path("session").path("token").asString();
        assertThat(call(token, "deleteAccount", "{\"password\":\"wrong-pass-1\"}").status()).isEqualTo(422);
        var deleted = call(token, "deleteAccount", "{\"password\":\"Secret-pass-1\"}");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().path("deleted").asBoolean()).isTrue();
        assertThat(call(token, "me", "{}").status()).isEqualTo(401);
        assertThat(http.post("login", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\"}").status()).isEqualTo(401);
    }

    @Test
    void oneAuthenticatedCallIsExactlyOneUpstashRequestCarryingOneCommand() {
        String token = newUser();
        call(token, "me", "{}"); // loads the script once (EVALSHA then EVAL on NOSCRIPT)
        var gateway = LocalStack.shared().gateway();
        synchronized (LocalStack.class) {
            gateway.resetCounters();
            assertThat(call(token, "me", "{}").status()).isEqualTo(200);
            assertThat(gateway.requestCount()).isEqualTo(1);
            assertThat(gateway.commandCount()).isEqualTo(1);
        }
    }

    @Test
    void aLoginCostsThreeUpstashRequests() {
        String email = email();
        http.post("signup", signupBody(email));
        http.post("login", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\"}"); // scripts loaded
        var gateway = LocalStack.shared().gateway();
        synchronized (LocalStack.class) {
            gateway.resetCounters();
            assertThat(http.post("login", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\"}").status()).isEqualTo(200);
            // per-IP counter (EVALSHA), login-failure read (EVALSHA), the new session (one MULTI/EXEC of 4 commands)
            assertThat(gateway.requestCount()).isEqualTo(3);
            assertThat(gateway.commandCount()).isEqualTo(6);
        }
    }
}
