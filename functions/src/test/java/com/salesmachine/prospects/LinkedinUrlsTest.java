package com.salesmachine.prospects;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkedinUrlsTest {

    @Test
    void profileAndCompanyUrlsOnLinkedinAndItsSubdomainsAreAccepted() {
        assertThat(LinkedinUrls.looksValid("https://www.linkedin.com/in/jose-alvarez")).isTrue();
        assertThat(LinkedinUrls.looksValid("https://FR.linkedin.com/in/Jose-Alvarez/?trk=x")).isTrue();
        assertThat(LinkedinUrls.looksValid("http://linkedin.com/company/acme/")).isTrue();
        assertThat(LinkedinUrls.looksValid("linkedin.com/in/jose")).isTrue();
    }

    @Test
    void otherHostsLookalikesAndBarePagesAreRefused() {
        assertThat(LinkedinUrls.looksValid("https://example.com/in/jose")).isFalse();
        assertThat(LinkedinUrls.looksValid("https://linkedin.com.evil.io/in/jose")).isFalse();
        assertThat(LinkedinUrls.looksValid("https://notlinkedin.com/in/jose")).isFalse();
        assertThat(LinkedinUrls.looksValid("https://www.linkedin.com/")).isFalse();
        assertThat(LinkedinUrls.looksValid("ftp://linkedin.com/in/jose")).isFalse();
        assertThat(LinkedinUrls.looksValid("https://user@linkedin.com/in/jose")).isFalse();
        assertThat(LinkedinUrls.looksValid("jose alvarez")).isFalse();
        assertThat(LinkedinUrls.looksValid("   ")).isFalse();
    }
}
