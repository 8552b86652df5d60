package com.salesmachine.platform.health;

import com.salesmachine.platform.ApiSupplier;
import com.salesmachine.platform.config.SalesMachineProperties;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;

/** {@code GET /health} and its probe of PostgreSQL (the session package adds Upstash's). */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    /** Static: a post-processor is created before every other bean; the switch is read at run time (Spring AOT). */
    @Bean
    static BeanPostProcessor startupWarmUp(Environment environment) {
        return environment.getProperty("sm.startup.warm-up", Boolean.class, true)
                ? new StartupWarmUp() : new BeanPostProcessor() { };
    }

    @Bean
    HealthProbe databaseProbe(DatabaseClient db) {
        return new DatabaseProbe(db);
    }

    /** The bean name is the path: {@code GET /health}. */
    @Bean
    ApiSupplier<?> health(List<HealthProbe> probes, SalesMachineProperties properties, Optional<BuildProperties> build) {
        String version = build.map(BuildProperties::getVersion).orElse("dev");
        String instance = Optional.ofNullable(System.getenv("RAILWAY_REPLICA_ID"))
                .or(() -> Optional.ofNullable(System.getenv("AWS_LAMBDA_LOG_STREAM_NAME")))
                .orElse(ManagementFactory.getRuntimeMXBean().getName());
        return new Health(probes, properties.health().componentTimeout(), version, instance);
    }
}
