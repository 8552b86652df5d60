package com.salesmachine.platform.config;

import com.salesmachine.platform.json.JsonCodec;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/** The settings and the shared pieces every package of the platform uses: JSON, the clock, transactions. */
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

    /**
     * Transactions are programmatic ({@code TransactionalOperator}); nothing is {@code @Transactional}. So Spring
     * Boot's TransactionAutoConfiguration, whose only other content is {@code @EnableTransactionManagement}'s
     * advisor (matched against every bean at start, ~70 ms of the release's start), is excluded in
     * application.yaml, and its one bean we use is declared here (docs/architecture.md "Cold start").
     */
    @Bean
    TransactionalOperator transactionalOperator(ReactiveTransactionManager transactionManager) {
        return TransactionalOperator.create(transactionManager);
    }
}
