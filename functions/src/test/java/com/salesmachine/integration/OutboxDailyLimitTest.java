package com.salesmachine.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.MovableClock;
import com.salesmachine.support.MovableClockConfiguration;
import com.salesmachine.support.TestHttp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

/**
 * Rule 3 under load: 150 approved e-mails for a user whose limit is 20 are handed out 20 per calendar day of
 * the user's timezone, whatever the claim sizes and however many claimers run at once.
 */
@Import(MovableClockConfiguration.class)
class OutboxDailyLimitTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;
    @Autowired
    MovableClock clock;

    @Test
    void aUserWithLimit20GetsExactly20EmailsHandedOutPerLocalDayWhateverTheClaimSizesAndConcurrency() {
        Fixtures fx = new Fixtures(db);
        UUID user = fx.user("Pacific/Auckland", "{\"dailyEmailLimit\":20}");
        fx.queuedEmails(user, fx.prospect(user), 150);

        Set<String> day1 = drain(new int[] {7, 13, 100, 1, 50, 3, 20, 100}).getOrDefault(user, Set.of());
        assertThat(day1).hasSize(20);
        // the sender reports them sent, so their leases cannot expire and bring them back tomorrow
        fx.exec("UPDATE outbound_messages SET status = 'sent', sent_at = claimed_at WHERE user_id = :u AND status = 'sending'", "u", user);

        clock.advance(Duration.ofDays(1));
        Set<String> day2 = drain(new int[] {5, 5, 100, 9, 2, 100}).getOrDefault(user, Set.of());
        assertThat(day2).hasSize(20).doesNotContainAnyElementsOf(day1);

        assertThat(fx.count("SELECT count(*) FROM outbound_messages WHERE user_id = :u AND claimed_at IS NOT NULL", "u", user)).isEqualTo(40);
        assertThat(fx.count("SELECT count(*) FROM outbound_messages WHERE user_id = :u AND status = 'queued'", "u", user)).isEqualTo(110);
    }

    @Test
    void theHardCapOf100HoldsAndAnExhaustedUserDoesNotHoldBackOthers() {
        Fixtures fx = new Fixtures(db);
        UUID heavy = fx.user("UTC", "{\"dailyEmailLimit\":100}");
        fx.queuedEmails(heavy, fx.prospect(heavy), 130);
        UUID light = fx.user("America/New_York", "{\"dailyEmailLimit\":3}");
        fx.queuedEmails(light, fx.prospect(light), 5);

        Map<UUID, Set<String>> claimed = drain(new int[] {100, 100, 100, 1});

        assertThat(claimed.get(heavy)).hasSize(100);
        assertThat(claimed.get(light)).hasSize(3);
    }

    /**
     * Claims with the given sizes all at once, round after round until a round hands out nothing (the shared
     * database may hold other tests' messages); returns the message ids handed out, per user.
     */
    private Map<UUID, Set<String>> drain(int[] limits) {
        Map<UUID, Set<String>> byUser = new HashMap<>();
        for (int round = 0; round < 500; round++) {
            List<CompletableFuture<TestHttp.Response>> calls = new ArrayList<>();
            for (int limit : limits) {
                Webhook webhook = new Webhook(new TestHttp(port), clock::instant);
                calls.add(CompletableFuture.supplyAsync(() -> webhook.call("claimOutbound", "{\"limit\":" + limit + "}")));
            }
            int handedOut = 0;
            for (CompletableFuture<TestHttp.Response> call : calls) {
                TestHttp.Response r = call.join();
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                for (JsonNode item : r.json().path("items")) {
                    handedOut++;
                    boolean fresh = byUser.computeIfAbsent(UUID.fromString(item.path("userId").asString()), u -> new HashSet<>())
                            .add(item.path("messageId").asString());
                    assertThat(fresh).as("a message handed out twice").isTrue();
                }
            }
            if (handedOut == 0) {
                return byUser;
            }
        }
        throw new AssertionError("claims never ran dry");
    }
}
