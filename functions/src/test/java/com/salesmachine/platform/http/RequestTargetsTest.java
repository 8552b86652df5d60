package com.salesmachine.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

/** What comes off the wire as a request target becomes one Spring can parse, without touching a valid one. */
class RequestTargetsTest {

    @Test
    void aValidTargetIsLeftAsItIs() {
        for (String target : new String[] {"/login", "/health?x=%00", "/%2e%2e/etc", "/me%7Clogout", "/a;b=1", "*",
                "/~user/(x)!$&'*+,=:@"}) {
            assertThat(RequestTargets.encode(target)).isSameAs(target);
        }
    }

    @Test
    void whatAUriMayNotHoldIsPercentEncodedAndThenParses() {
        assertThat(RequestTargets.encode("/me|logout")).isEqualTo("/me%7Clogout");
        assertThat(RequestTargets.encode("/%")).isEqualTo("/%25");
        assertThat(RequestTargets.encode("/%zz")).isEqualTo("/%25zz");
        assertThat(RequestTargets.encode("/{x}[y]\"^`\\")).isEqualTo("/%7Bx%7D%5By%5D%22%5E%60%5C");
        // the HTTP decoder reads the line as ISO-8859-1: a raw UTF-8 byte is one char, and goes back as that byte
        assertThat(RequestTargets.encode("/\u00c3\u00a9")).isEqualTo("/%C3%A9");
        for (String target : new String[] {"/me|logout", "/%", "/{x}", "/a\"b", "/\u00e9", "/a b"}) {
            URI.create("http://h" + RequestTargets.encode(target));
        }
    }
}
