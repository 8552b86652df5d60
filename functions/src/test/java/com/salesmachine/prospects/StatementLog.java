package com.salesmachine.prospects;

import java.util.ArrayList;
import java.util.List;

import io.r2dbc.proxy.ProxyConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records every SQL statement the application executes: the application's ConnectionFactory is
 * wrapped in an r2dbc-proxy that reports each execution (one per Statement.execute, batches included).
 */
public final class StatementLog {

    private final List<String> statements = new ArrayList<>();

    public synchronized void clear() {
        statements.clear();
    }

    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    synchronized void add(String sql) {
        statements.add(sql);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static StatementLog statementLog() {
            return new StatementLog();
        }

        @Bean
        static BeanPostProcessor countingConnectionFactory(org.springframework.beans.factory.ObjectProvider<StatementLog> log) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof ConnectionFactory factory && !(bean instanceof org.springframework.aop.SpringProxy)) {
                        return ProxyConnectionFactory.builder(factory)
                                .onAfterQuery(execution -> execution.getQueries()
                                        .forEach(query -> log.getObject().add(query.getQuery())))
                                .build();
                    }
                    return bean;
                }
            };
        }
    }
}
