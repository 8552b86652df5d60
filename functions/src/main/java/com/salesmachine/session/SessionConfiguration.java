package com.salesmachine.session;

import java.time.Clock;
import java.util.LinkedHashSet;

import com.salesmachine.platform.AccessCheck;
import com.salesmachine.platform.config.SalesMachineProperties;
import com.salesmachine.platform.health.HealthProbe;
import com.salesmachine.session.upstash.UpstashClient;
import com.salesmachine.session.upstash.UpstashSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Upstash, sessions and rate limits. */
@Configuration(proxyBeanMethods = false)
public class SessionConfiguration {

    @Bean(destroyMethod = "close")
    UpstashClient upstashClient(SalesMachineProperties properties) {
        var upstash = properties.upstash();
        return new UpstashClient(new UpstashSettings(upstash.url(), upstash.token(), upstash.timeout(), true));
    }

    @Bean
    HealthProbe upstashProbe(UpstashClient upstash) {
        return new UpstashProbe(upstash);
    }

    @Bean
    SessionSettings sessionSettings(SalesMachineProperties properties) {
        var s = properties.session();
        return new SessionSettings(s.namespace(), s.idleTimeout(), s.absoluteLifetime(),
                properties.rateLimits().userPerMinute(), properties.rateLimits().importChunksPerMinute());
    }

    @Bean
    SessionStore sessionStore(UpstashClient upstash, SessionSettings settings, Clock clock) {
        return new SessionStore(upstash, settings, clock);
    }

    @Bean
    RateCounter rateCounter(UpstashClient upstash) {
        return new RateCounter(upstash);
    }

    /** Failed authentications per client address share the public functions' per-address budget. */
    @Bean
    FailedAuthentications failedAuthentications(RateCounter counter, SessionSettings settings,
                                                SalesMachineProperties properties, Clock clock) {
        return new FailedAuthentications(counter::hit, settings, properties.rateLimits().publicAuthPerMinute(), clock);
    }

    @Bean
    AccessCheck sessionGuard(SessionStore sessions, SessionSettings settings, SalesMachineProperties properties,
                             FailedAuthentications failures) {
        return new SessionGuard(sessions, settings, properties.session().cookieName(),
                new LinkedHashSet<>(properties.allowedOrigins()), failures);
    }

    @Bean
    AccessCheck publicRateLimit(RateCounter counter, SessionSettings settings, SalesMachineProperties properties) {
        return new PublicRateLimit(counter, settings.namespace(), properties.rateLimits().publicAuthPerMinute());
    }
}
