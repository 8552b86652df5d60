package com.salesmachine.platform;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.contract.Access;
import com.salesmachine.support.ExtraInstance;
import com.salesmachine.support.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import reactor.core.publisher.Mono;

/** Closing the context (what SIGTERM does) lets an in-flight request finish and refuses new ones. */
class GracefulShutdownTest {

    record SlowInput(Integer millis) {
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SlowFunction {
        @Bean
        FunctionDeclaration slowDeclaration() {
            return new FunctionDeclaration("slow", Access.PUBLIC, SlowInput.class);
        }

        @Bean
        ApiFunction<SlowInput, java.util.Map<String, Object>> slow() {
            return (in, caller) -> Mono.delay(Duration.ofMillis(in.millis())).map(t -> java.util.Map.of("done", true));
        }
    }

    @Test
    void anInFlightRequestCompletesWhileTheApplicationShutsDown() throws Exception {
        ConfigurableApplicationContext context = ExtraInstance.start(SlowFunction.class);
        int port = ExtraInstance.port(context);
        TestHttp http = new TestHttp(port);
        assertThat(http.post("slow", "{\"millis\":1}").status()).isEqualTo(200);

        CompletableFuture<TestHttp.Response> inFlight = CompletableFuture.supplyAsync(() -> http.post("slow", "{\"millis\":3000}"));
        Thread.sleep(800);
        long closing = System.nanoTime();
        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(context::close);
        Thread.sleep(300);
        boolean refused;
        try {
            refused = new TestHttp(port).post("slow", "{\"millis\":1}").status() >= 500;
        } catch (RuntimeException connectionRefused) {
            refused = true;
        }
        TestHttp.Response response = inFlight.get();
        shutdown.get();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("done").asBoolean()).isTrue();
        assertThat(refused).as("a new request during shutdown is refused").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isGreaterThan(Duration.ofMillis(1500));
    }
}
