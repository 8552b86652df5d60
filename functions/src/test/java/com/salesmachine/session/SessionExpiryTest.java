package com.salesmachine.session;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.localstack.LocalStack;
import com.salesmachine.session.upstash.UpstashClient;
import com.salesmachine.session.upstash.UpstashSettings;
import com.salesmachine.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Expiry is enforced by the check itself, not only by Redis TTLs: a lingering key is still dead. */
class SessionExpiryTest extends ApplicationTest {

    private UpstashClient upstash;

    @BeforeEach
    void upstash() {
        upstash = new UpstashClient(UpstashSettings.of(LocalStack.shared().upstashUrl(), LocalStack.shared().upstashToken()));
    }

    @AfterEach
    void close() {
        upstash.close();
    }

    private String[] signup() {
        var r = http.post("signup", "{\"email\":\"exp-" + UUID.randomUUID() + "@example.com\",\"password\":\"Secret-pass-1\"}");
        return new String[] {r.json().path("session").path("token").asString(), r.json().path("user").path("id").asString()};
    }

    private void set(String token, String field, long value) {
        upstash.command("HSET", "spring:session:sessions:" + token, field, value).block();
    }

    @Test
    void aSessionIdleForLongerThanTheIdleTimeoutIsRefusedAndRemoved() {
        String token = signup()[0];
        set(token, "lastAccessedTime", System.currentTimeMillis() - Duration.ofHours(25).toMillis());
        assertThat(call(token, "me", "{}").status()).isEqualTo(401);
        assertThat(upstash.command("EXISTS", "spring:session:sessions:" + token).block()).isEqualTo(0L);
    }

    @Test
    void aSessionOlderThanTheAbsoluteLifetimeIsRefusedEvenWhenRecentlyUsed() {
        String token = signup()[0];
        set(token, "creationTime", System.currentTimeMillis() - Duration.ofDays(8).toMillis());
        assertThat(call(token, "me", "{}").status()).isEqualTo(401);
    }

    @Test
    void aFreshSessionCarriesATtlNoLongerThanTheIdleTimeout() {
        String token = signup()[0];
        assertThat(call(token, "me", "{}").status()).isEqualTo(200);
        Long ttl = (Long) upstash.command("TTL", "spring:session:sessions:" + token).block();
        assertThat(ttl).isBetween(Duration.ofHours(23).toSeconds(), Duration.ofHours(24).toSeconds());
    }

    @Test
    void theUsersSessionsAreIndexedInOneSet() {
        String[] first = signup();
        var members = upstash.command("SMEMBERS",
                "spring:session:index:org.springframework.session.FindByIndexNameSessionRepository:PRINCIPAL_NAME_INDEX_NAME:" + first[1]).block();
        assertThat(((List<?>) members).stream().map(String::valueOf).toList()).containsExactly(first[0]);
    }
}
