package com.salesmachine.platform.config;

import com.salesmachine.platform.json.JsonCodec;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings and the shared pieces every package of the platform uses: JSON and the clock. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SalesMachineProperties.class)
class PlatformConfiguration {

    @Bean
    JsonCodec jsonCodec() {
        return new JsonCodec();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
