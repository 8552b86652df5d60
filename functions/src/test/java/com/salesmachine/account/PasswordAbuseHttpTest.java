package com.salesmachine.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.salesmachine.support.ApplicationTest;
import org.junit.jupiter.api.Test;

/** Issue 14 items 2 and 3: long passwords, and password guessing under a live session. */
class PasswordAbuseHttpTest extends ApplicationTest {

    /** 63 accented letters are 126 UTF-8 bytes: BCrypt alone would answer 500 (or read only the first 72 bytes). */
    static final String LONG_PASSWORD = "é".repeat(63) + "A1";
    /** Same first 72 bytes as {@link #LONG_PASSWORD}, different after. */
    static final String SAME_FIRST_72_BYTES = "é".repeat(63) + "B2";

    private String email() {
        return "pw-" + UUID.randomUUID() + "@example.com";
    }

    private String login(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    @Test
    void aPasswordOver72BytesSignsUpAndLogsInAndEveryByteOfItCounts() {
        String email = email();
        var signup = http.post("signup", login(email, LONG_PASSWORD));
        assertThat(signup.status()).as(signup.body()).isEqualTo(200);

        assertThat(http.post("login", login(email, LONG_PASSWORD)).status()).isEqualTo(200);
        assertThat(http.post("login", login(email, SAME_FIRST_72_BYTES)).status()).isEqualTo(401);
    }

    @Test
    void changingToA200CharacterPasswordWorksAndItIsTheOneThatLogsIn() {
        String email = email();
        var signup = http.post("signup", login(email, "Secret-pass-1"));
        String token = signup.json().path("session").path("token").asString();
        String twoHundred = "Ω".repeat(198) + "a1";

        var change = call(token, "changePassword",
                "{\"currentPassword\":\"Secret-pass-1\",\"newPassword\":\"" + twoHundred + "\"}");

        assertThat(change.status()).as(change.body()).isEqualTo(200);
        assertThat(http.post("login", login(email, twoHundred)).status()).isEqualTo(200);
        assertThat(http.post("login", login(email, "Secret-pass-1")).status()).isEqualTo(401);
        assertThat(http.post("login", login(email, "Ω".repeat(198) + "a2")).status()).isEqualTo(401);
    }

    @Test
    void wrongCurrentPasswordsUnderASessionLockTheAccountAtTheTenthAndEndTheSession() {
        String email = email();
        String token = http.post("signup", login(email, "Secret-pass-1")).json().path("session").path("token").asString();
        String wrong = "{\"currentPassword\":\"Guess-number-1\",\"newPassword\":\"Other-pass-22\"}";
        for (int i = 1; i <= 9; i++) {
            assertValidation(call(token, "changePassword", wrong), "currentPassword");
        }

        var tenth = call(token, "changePassword", wrong);

        assertThat(tenth.status()).as(tenth.body()).isEqualTo(429);
        assertThat(Long.parseLong(tenth.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(call(token, "me", "{}").status()).as("the session is ended").isEqualTo(401);
        // the right password no longer works either, on any path: the account is locked like after 10 failed logins
        assertThat(http.post("login", login(email, "Secret-pass-1")).status()).isEqualTo(429);
    }

    @Test
    void wrongPasswordsOnDeleteAccountCountTooAndALockedAccountRefusesEvenTheRightOne() {
        String email = email();
        String first = http.post("signup", login(email, "Secret-pass-1")).json().path("session").path("token").asString();
        String second = http.post("login", login(email, "Secret-pass-1")).json().path("session").path("token").asString();
        for (int i = 1; i <= 9; i++) {
            assertValidation(call(first, "deleteAccount", "{\"password\":\"Guess-number-" + i + "\"}"), "password");
        }
        assertThat(call(first, "deleteAccount", "{\"password\":\"Guess-number-10\"}").status()).isEqualTo(429);
        assertThat(call(first, "me", "{}").status()).isEqualTo(401);

        var rightButLocked = call(second, "deleteAccount", "{\"password\":\"Secret-pass-1\"}");

        assertThat(rightButLocked.status()).isEqualTo(429);
        assertThat(rightButLocked.header("Retry-After")).isNotNull();
        assertThat(call(second, "me", "{}").status()).as("this session ends too").isEqualTo(401);
    }
}
