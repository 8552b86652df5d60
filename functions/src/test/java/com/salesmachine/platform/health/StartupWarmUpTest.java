package com.salesmachine.platform.health;

import com.salesmachine.support.ExtraInstance;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** The start-up warm-up opens the database pool's connections before any request (docs/architecture.md "Cold start"). */
class StartupWarmUpTest {

    @Test
    void aFreshInstanceHasItsDatabaseConnectionsOpenBeforeItsFirstRequest() throws InterruptedException {
        try (ConfigurableApplicationContext instance = ExtraInstance.start()) {
            ConnectionPool pool = (ConnectionPool) instance.getBean(ConnectionFactory.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (allocated(pool) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(allocated(pool)).as("connections opened without a request").isPositive();
        }
    }

    @Test
    void withTheWarmUpOffThePoolStaysEmptyUntilARequestNeedsIt() throws InterruptedException {
        try (ConfigurableApplicationContext instance = ExtraInstance.start(Map.of("sm.startup.warm-up", "false"))) {
            ConnectionPool pool = (ConnectionPool) instance.getBean(ConnectionFactory.class);
            Thread.sleep(1000);
            assertThat(allocated(pool)).isZero();
        }
    }

    private static int allocated(ConnectionPool pool) {
        return pool.getMetrics().orElseThrow().allocatedSize();
    }
}
