package com.salesmachine.faas;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesmachine.platform.config.RequiredConfiguration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** A Lambda instance checks the same required settings, from the one list, as the HTTP jar's main. */
class LambdaRequiredConfigurationTest {

    @Test
    void productionWithoutSettingsFailsNamingEveryMissingVariable() {
        assertThatThrownBy(() -> RequiredConfiguration.require(new MockEnvironment()::getProperty))
                .hasMessageContainingAll("DATABASE_URL", "UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN",
                        "SM_ALLOWED_ORIGINS", "SM_WEBHOOK_SECRET");
    }

    @Test
    void stagingWithEverySettingStarts() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("SM_ENV", "staging")
                .withProperty("DATABASE_URL", "postgresql://app:secret@db.internal:5432/salesmachine")
                .withProperty("UPSTASH_REDIS_REST_URL", "https://eu1-example.upstash.io")
                .withProperty("UPSTASH_REDIS_REST_TOKEN", "token")
                .withProperty("SM_ALLOWED_ORIGINS", "https://staging.sales-machine.com")
                .withProperty("SM_WEBHOOK_SECRET", "secret");

        assertThatCode(() -> RequiredConfiguration.require(environment::getProperty)).doesNotThrowAnyException();
    }
}
