package com.salesmachine.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.ExtraInstance;
import com.salesmachine.support.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two application instances, one Upstash: any instance serves any session, revocation is immediate everywhere. */
class TwoInstancesSessionTest extends ApplicationTest {

    private TestHttp a;
    private TestHttp b;

    @BeforeEach
    void instances() {
        a = http;
        b = new TestHttp(ExtraInstance.sharedPort());
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private String login(TestHttp on, String email) {
        var r = on.post("login", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\"}");
        assertThat(r.status()).isEqualTo(200);
        return r.json().path("session").path("token").asString();
    }

    private String signup(TestHttp on) {
        String email = "two-" + UUID.randomUUID() + "@example.com";
        assertThat(on.post("signup", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\"}").status()).isEqualTo(200);
        return email;
    }

    @Test
    void aLoginOnOneInstanceIsValidOnTheOtherAndALogoutThereKillsItHereAtOnce() {
        String email = signup(a);
        String token = login(a, email);
        assertThat(b.post("me", "{}", bearer(token)).status()).isEqualTo(200);
        assertThat(b.post("logout", "{}", bearer(token)).status()).isEqualTo(200);
        assertThat(a.post("me", "{}", bearer(token)).status()).isEqualTo(401);
        assertThat(b.post("me", "{}", bearer(token)).status()).isEqualTo(401);
    }

    @Test
    void logoutEverywhereKillsTheUsersSessionsOnBothInstances() {
        String email = signup(b);
        String onA = login(a, email);
        String onB = login(b, email);
        var r = a.post("logoutEverywhere", "{}", bearer(onA));
        assertThat(r.json().path("revoked").asInt()).isEqualTo(3);
        assertThat(a.post("me", "{}", bearer(onB)).status()).isEqualTo(401);
        assertThat(b.post("me", "{}", bearer(onA)).status()).isEqualTo(401);
    }

    @Test
    void theHundredAndFirstCallInAMinuteIs429EvenSpreadOverTwoInstances() {
        String email = signup(a);
        String token = login(a, email);
        // start at a minute boundary's safe side so all 101 calls count in one window
        long secondOfMinute = (System.currentTimeMillis() / 1000) % 60;
        if (secondOfMinute > 40) {
            sleep((61 - secondOfMinute) * 1000);
        }
        List<CompletableFuture<TestHttp.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            TestHttp on = i % 2 == 0 ? a : b;
            calls.add(CompletableFuture.supplyAsync(() -> on.post("me", "{}", bearer(token))));
        }
        long ok = calls.stream().map(CompletableFuture::join).filter(r -> r.status() == 200).count();
        assertThat(ok).isEqualTo(100);
        var hundredAndFirst = b.post("me", "{}", bearer(token));
        assertThat(hundredAndFirst.status()).isEqualTo(429);
        assertThat(hundredAndFirst.errorCode()).isEqualTo("RATE_LIMIT_EXCEEDED");
        assertThat(Long.parseLong(hundredAndFirst.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(a.post("me", "{}", bearer(token)).status()).isEqualTo(429);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
