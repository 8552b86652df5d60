package com.salesmachine.platform;

import com.salesmachine.platform.config.RequiredConfiguration;
import com.salesmachine.platform.db.DatabaseUrl;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfigurationTest {

    private static Map<String, String> complete(String env) {
        Map<String, String> vars = new HashMap<>();
        vars.put("SM_ENV", env);
        vars.put("DATABASE_URL", "postgresql://app:s3cr%40t@db.example.com:6543/postgres?sslmode=require");
        vars.put("UPSTASH_REDIS_REST_URL", "https://eu1.upstash.io");
        vars.put("UPSTASH_REDIS_REST_TOKEN", "token");
        vars.put("SM_ALLOWED_ORIGINS", "https://app.sales-machine.com");
        vars.put("SM_WEBHOOK_SECRET", "secret");
        return vars;
    }

    @Test
    void productionWithEverythingSetStarts() {
        assertThat(RequiredConfiguration.problems(complete("production"))).isEmpty();
        assertThat(RequiredConfiguration.problems(complete("staging"))).isEmpty();
    }

    @Test
    void stagingNamesEveryMissingVariableOnItsOwnLine() {
        Map<String, String> vars = complete("staging");
        vars.remove("DATABASE_URL");
        vars.remove("SM_WEBHOOK_SECRET");
        vars.put("UPSTASH_REDIS_REST_TOKEN", " ");
        assertThat(RequiredConfiguration.problems(vars)).containsExactly(
                "missing required environment variable DATABASE_URL (SM_ENV=staging)",
                "missing required environment variable UPSTASH_REDIS_REST_TOKEN (SM_ENV=staging)",
                "missing required environment variable SM_WEBHOOK_SECRET (SM_ENV=staging)");
    }

    @Test
    void withoutSmEnvTheProcessAssumesProductionAndDemandsItsSettings() {
        assertThat(RequiredConfiguration.problems(Map.of())).hasSize(5);
    }

    @Test
    void theLocalEnvironmentNeedsNothing() {
        assertThat(RequiredConfiguration.problems(Map.of("SM_ENV", "local"))).isEmpty();
    }

    @Test
    void anUnknownEnvironmentIsRefused() {
        assertThat(RequiredConfiguration.problems(Map.of("SM_ENV", "prod"))).singleElement()
                .asString().contains("SM_ENV must be one of");
    }

    @Test
    void aMalformedDatabaseUrlIsNamed() {
        Map<String, String> vars = complete("production");
        vars.put("DATABASE_URL", "mysql://x");
        assertThat(RequiredConfiguration.problems(vars)).singleElement().asString().contains("DATABASE_URL");
    }

    @Test
    void databaseUrlBecomesR2dbcAndJdbcSettings() {
        DatabaseUrl db = DatabaseUrl.parse("postgresql://app:s3cr%40t@db.example.com:6543/postgres?sslmode=require");
        assertThat(db.r2dbcUrl()).isEqualTo("r2dbc:postgresql://db.example.com:6543/postgres?sslmode=require");
        assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6543/postgres?sslmode=require");
        assertThat(db.username()).isEqualTo("app");
        assertThat(db.password()).isEqualTo("s3cr@t");
        assertThat(DatabaseUrl.parse("postgres://u:p@h/d").port()).isEqualTo(5432);
        assertThatThrownBy(() -> DatabaseUrl.parse("postgresql://host-only")).isInstanceOf(IllegalArgumentException.class);
    }
}
