package com.salesmachine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.MovableClock;
import com.salesmachine.support.MovableClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Issue 14, "not tested from outside yet": the idle timeout (24 h, sliding) and the absolute lifetime (7 days) seen
 * from outside, with the application's clock in the test's hands (no stored timestamp is edited).
 */
@Import(MovableClockConfiguration.class)
class SessionClockExpiryTest extends ApplicationTest {

    @Autowired
    MovableClock clock;

    private String signup() {
        var r = http.post("signup", "{\"email\":\"clock-" + UUID.randomUUID() + "@example.com\",\"password\":\"Secret-pass-1\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("session").path("token").asString();
    }

    @Test
    void aSessionUsedWithinEach24HoursLivesOnAndDiesAfter24IdleHours() {
        String token = signup();
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(call(token, "me", "{}").status()).as("23:59 idle").isEqualTo(200);
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(call(token, "me", "{}").status()).as("used again within 24 h: the idle time slid").isEqualTo(200);

        clock.advance(Duration.ofHours(24));

        assertThat(call(token, "me", "{}").status()).as("24 h idle").isEqualTo(401);
        clock.advance(Duration.ofSeconds(1));
        assertThat(call(token, "me", "{}").status()).as("and it stays dead").isEqualTo(401);
    }

    @Test
    void aSessionUsedEvery20HoursStillEndsSevenDaysAfterLogin() {
        String token = signup();
        Duration lived = Duration.ZERO;
        while (lived.plusHours(20).compareTo(Duration.ofDays(7)) < 0) {
            clock.advance(Duration.ofHours(20));
            lived = lived.plusHours(20);
            assertThat(call(token, "me", "{}").status()).as("after %s", lived).isEqualTo(200);
        }

        clock.advance(Duration.ofDays(7).minus(lived));

        assertThat(call(token, "me", "{}").status()).as("7 days after login, used 20 h ago").isEqualTo(401);
    }
}
