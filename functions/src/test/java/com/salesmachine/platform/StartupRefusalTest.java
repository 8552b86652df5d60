package com.salesmachine.platform;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesmachine.support.ExtraInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Mono;

/** Nothing is exposed by accident: an undeclared function, or a raw java.util.function bean, stops startup. */
class StartupRefusalTest {

    record Anything(String x) {
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class UndeclaredApiFunction {
        @Bean
        ApiFunction<Anything, Anything> sneaky() {
            return (in, caller) -> Mono.just(in);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RawFunction {
        @Bean
        Function<String, String> shout() {
            return String::toUpperCase;
        }
    }

    @Test
    void anApiFunctionMissingFromTheCatalogueStopsStartup() {
        assertThatThrownBy(() -> ExtraInstance.start(UndeclaredApiFunction.class))
                .hasMessageContaining("function 'sneaky' has no declaration");
    }

    @Test
    void aRawFunctionBeanStopsStartup() {
        assertThatThrownBy(() -> ExtraInstance.start(RawFunction.class))
                .hasMessageContaining("bean 'shout' is a raw java.util.function.Function");
    }
}
