package com.salesmachine.platform.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every setting of the application, bound from {@code sm.*}, which application.yaml maps from the
 * environment variables of platform.md.
 */
@ConfigurationProperties("sm")
public record SalesMachineProperties(
        String env,
        List<String> allowedOrigins,
        List<String> trustedProxies,
        String webhookSecret,
        String webhookSecretPrevious,
        Upstash upstash,
        Session session,
        RateLimits rateLimits,
        Health health) {

    public record Upstash(String url, String token, Duration timeout) {
    }

    public record Session(String namespace, Duration idleTimeout, Duration absoluteLifetime, String cookieName) {
    }

    /**
     * {@code importChunksPerMinute}: importProspects' own per-session budget (chunks of up to 500 rows), apart from
     * {@code userPerMinute}, so a 50,000-row file (100 chunks) imports in one go without spending the calls the
     * screens need.
     */
    public record RateLimits(int userPerMinute, int importChunksPerMinute, int publicAuthPerMinute,
                             int loginFailuresPerWindow, Duration loginFailureWindow) {
    }

    public record Health(Duration componentTimeout) {
    }

    public boolean isLocal() {
        return "local".equals(env);
    }
}
