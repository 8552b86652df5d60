package com.salesmachine.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class PasswordsTest {

    @Test
    void theDummyHashIsAWellFormedCost10BcryptHashSoAnUnknownEmailCostsWhatAWrongPasswordCosts() {
        assertThat(Passwords.DUMMY_HASH_COST_10).startsWith("$2a$10$").hasSize(60);
        assertThat(new BCryptPasswordEncoder(10).upgradeEncoding(Passwords.DUMMY_HASH_COST_10)).isFalse();
        assertThat(new BCryptPasswordEncoder(11).upgradeEncoding(Passwords.DUMMY_HASH_COST_10)).isTrue();
    }

    @Test
    void anUnknownEmailNeverMatchesWhateverThePassword() {
        Passwords passwords = new Passwords(10);
        assertThat(passwords.matches("no-such-user-dummy-password", null).block()).isFalse();
        assertThat(passwords.matches("", null).block()).isFalse();
    }

    @Test
    void aStoredHashMatchesItsOwnPasswordOnly() {
        Passwords passwords = new Passwords(4);
        String hash = passwords.hash("correct horse 1").block();
        assertThat(passwords.matches("correct horse 1", hash).block()).isTrue();
        assertThat(passwords.matches("correct horse 2", hash).block()).isFalse();
    }

    @Test
    void aPasswordOver72BytesIsPreHashedSoBcryptNeverRefusesItAndEveryByteCounts() {
        Passwords passwords = new Passwords(4);
        String hash = passwords.hash(PasswordAbuseHttpTest.LONG_PASSWORD).block();
        assertThat(passwords.matches(PasswordAbuseHttpTest.LONG_PASSWORD, hash).block()).isTrue();
        assertThat(passwords.matches(PasswordAbuseHttpTest.SAME_FIRST_72_BYTES, hash).block()).isFalse();
        assertThat(Passwords.bcryptInput("x".repeat(72))).isEqualTo("x".repeat(72));
        assertThat(Passwords.bcryptInput("x".repeat(73))).startsWith("sha256:").hasSize(51);
    }
}
