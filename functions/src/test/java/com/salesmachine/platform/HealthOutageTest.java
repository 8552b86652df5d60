package com.salesmachine.platform;

import java.time.Duration;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.localstack.LocalStack;
import com.salesmachine.support.TestHttp;
import com.salesmachine.support.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Its own stack (servers are stopped here), so no other test class is disturbed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class HealthOutageTest {

    static final LocalStack STACK = LocalStack.startOnRandomPorts();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, STACK);
    }

    @AfterAll
    static void stop() {
        STACK.close();
    }

    @LocalServerPort
    int port;

    private TestHttp.Response timedHealth(TestHttp http) {
        long start = System.nanoTime();
        var r = http.get("/health");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        return r;
    }

    private TestHttp.Response awaitHealth(TestHttp http, int status) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        TestHttp.Response r = timedHealth(http);
        while (r.status() != status && System.nanoTime() < deadline) {
            r = timedHealth(http);
        }
        return r;
    }

    private void outage(String component, Runnable stop, Runnable start) {
        TestHttp http = new TestHttp(port);
        assertThat(timedHealth(http).status()).isEqualTo(200);
        stop.run();
        // health answers from a 1 s cache (Health.CACHED_FOR): the outage shows within that plus one probe timeout
        long stopped = System.nanoTime();
        var down = awaitHealth(http, 503);
        assertThat(Duration.ofNanos(System.nanoTime() - stopped)).isLessThan(Duration.ofSeconds(3).plus(Duration.ofSeconds(1)));
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().path("status").asString()).isEqualTo("DOWN");
        assertThat(down.json().path("components").path(component).path("status").asString()).isEqualTo("DOWN");
        start.run();
        var up = awaitHealth(http, 200);
        assertThat(up.status()).isEqualTo(200);
        assertThat(up.json().path("components").path(component).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void redisGoingAwayTurnsHealth503NamingUpstashWithin3sAndBackWithoutARestart() {
        outage("upstash", STACK::stopRedis, STACK::startRedis);
    }

    @Test
    void postgresGoingAwayTurnsHealth503NamingDbWithin3sAndBackWithoutARestart() {
        outage("db", STACK::stopPostgres, STACK::startPostgres);
    }

    @Test
    void withoutUpstashAUserCallFailsClosedWith503Quickly() {
        TestHttp http = new TestHttp(port);
        STACK.stopRedis();
        try {
            long start = System.nanoTime();
            var r = http.post("me", "{}", java.util.Map.of("Authorization", "Bearer " + "B".repeat(43)));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(r.status()).isEqualTo(503);
            assertThat(r.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
            var login = http.post("login", "{\"email\":\"a@b.io\",\"password\":\"Whatever-pass-1\"}");
            assertThat(login.status()).isEqualTo(503);
        } finally {
            STACK.startRedis();
        }
        Supplier<Integer> health = () -> new TestHttp(port).get("/health").status();
        assertThat(awaitHealth(http, 200).status()).isEqualTo(200);
        assertThat(health.get()).isEqualTo(200);
    }
}
