package com.salesmachine.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.salesmachine.integration.Webhook;
import com.salesmachine.localstack.LocalStack;
import com.salesmachine.localstack.UpstashGateway;
import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5: unauthenticated traffic and failed authentication are limited per client address (30 a minute,
 * the public functions' budget), counted in the one Upstash command the call already makes where it makes one;
 * /health answers from a 1 s cache. Runs with the production limits.
 */
class AbuseThrottlingHttpTest extends ApplicationTest {

    static final int LIMIT = 30;
    static final String UNKNOWN_TOKEN = "A".repeat(43);

    private static Map<String, String> from(String address, String token) {
        return token == null ? Map.of("X-Forwarded-For", address)
                : Map.of("X-Forwarded-For", address, "Authorization", "Bearer " + token);
    }

    private static String address() {
        return "198.51." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
    }

    @Test
    void unknownSessionsFromOneAddressAre429AfterThirtyYetAValidSessionFromThereStillWorksAtOneCommand() {
        String address = address();
        String token = newUser();
        UpstashGateway gateway = LocalStack.shared().gateway();
        assertThat(http.post("me", "{}", Map.of("Authorization", "Bearer " + token)).status()).isEqualTo(200); // script loaded
        for (int i = 1; i <= LIMIT; i++) {
            assertThat(http.post("me", "{}", from(address, UNKNOWN_TOKEN)).status()).as("failure %d", i).isEqualTo(401);
        }
        var limited = http.post("me", "{}", from(address, UNKNOWN_TOKEN));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.errorCode()).isEqualTo("RATE_LIMIT_EXCEEDED");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);

        synchronized (LocalStack.class) {
            gateway.resetCounters();
            assertThat(http.post("me", "{}", from(address, token)).status()).isEqualTo(200);
            System.out.printf("[security] one authenticated call from a blocked address: %d Upstash request(s), %d command(s): %s%n",
                    gateway.requestCount(), gateway.commandCount(), gateway.lastCommands().stream()
                            .map(c -> c.subList(0, Math.min(5, c.size()))).toList());
            assertThat(gateway.requestCount()).as("Upstash requests of one authenticated call").isEqualTo(1);
            assertThat(gateway.commandCount()).as("Upstash commands of one authenticated call").isEqualTo(1);
        }
    }

    @Test
    void malformedTokensAreCountedTooAndOnceBlockedCostNoUpstashCommandAtAll() {
        String address = address();
        for (int i = 1; i <= LIMIT; i++) {
            assertThat(http.post("me", "{}", from(address, "nonsense")).status()).isEqualTo(401);
        }
        assertThat(http.post("me", "{}", from(address, "nonsense")).status()).isEqualTo(429);

        UpstashGateway gateway = LocalStack.shared().gateway();
        http.post("me", "{}", from(address(), UNKNOWN_TOKEN)); // loads the guard script (EVALSHA, then EVAL on NOSCRIPT)
        synchronized (LocalStack.class) {
            gateway.resetCounters();
            for (int i = 0; i < 20; i++) {
                assertThat(http.post("me", "{}", from(address, "nonsense")).status()).isEqualTo(429);
            }
            assertThat(gateway.commandCount()).as("a blocked address is refused from memory").isZero();
            // a well-formed token still gets its one command (it could be a valid session): 429 if unknown
            assertThat(http.post("me", "{}", from(address, UNKNOWN_TOKEN)).status()).isEqualTo(429);
            assertThat(gateway.commandCount()).isEqualTo(1);
        }
    }

    @Test
    void badSignaturesFromOneAddressAre429AfterThirtyYetTheEngineFromThereIsNotLockedOut() {
        String address = http.clientIp();
        String now = String.valueOf(Instant.now().getEpochSecond());
        String body = "{\"limit\":1}";
        Map<String, String> forged = Map.of("X-Forwarded-For", address, "X-Sm-Timestamp", now,
                "X-Sm-Signature", Webhook.signature("wrong-secret", now, "claimOutbound", "forged-1", body),
                "X-Sm-Delivery-Id", "forged-1");
        for (int i = 1; i <= LIMIT; i++) {
            assertThat(http.post("claimOutbound", body, forged).status()).isEqualTo(401);
        }
        var limited = http.post("claimOutbound", body, forged);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotNull();

        // the engine itself, from that same address, is not locked out by someone failing in its name
        var signed = new Webhook(http, Instant::now).call("claimOutbound", body);
        assertThat(signed.status()).as("a correctly signed call from the blocked address: " + signed.body()).isEqualTo(200);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFloodOfHealthCallsProbesTheBackingServicesAtMostOncePerSecond() {
        UpstashGateway gateway = LocalStack.shared().gateway();
        for (int i = 0; i < 20 && http.get("/health").status() != 200; i++) {
            sleep(300); // a cold instance on a busy machine: its first probes may miss their 1.5 s
        }
        synchronized (LocalStack.class) {
            gateway.resetCounters();
            long started = System.nanoTime();
            List<CompletableFuture<TestHttp.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> new TestHttp(port).get("/health")));
            }
            // UP or, if a probe missed its timeout on this busy machine, DOWN for that second: never anything else
            calls.forEach(c -> assertThat(c.join().status()).isIn(200, 503));
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            long pings = gateway.receivedCommands().stream().filter(c -> c.getFirst().equalsIgnoreCase("PING")).count();
            System.out.printf("[security] 200 health calls in %d s: %d Upstash PINGs%n", seconds + 1, pings);
            // 0 when the warm-up's answer was still fresh; without the cache it was one PING per call (200)
            assertThat(pings).isBetween(0L, seconds + 2);
        }
    }
}
