package com.salesmachine.faas;

import com.salesmachine.platform.RequiredConfiguration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.env.Environment;

/**
 * The HTTP jar checks its environment variables in {@code main}, which Lambda never calls: the same
 * check runs here, so a Lambda instance missing a required setting fails its init naming every one.
 */
final class RequiredLambdaConfiguration {

    static final List<String> VARIABLES = List.of("SM_ENV", "DATABASE_URL", "UPSTASH_REDIS_REST_URL",
            "UPSTASH_REDIS_REST_TOKEN", "SM_ALLOWED_ORIGINS", "SM_WEBHOOK_SECRET");

    private RequiredLambdaConfiguration() {
    }

    static void check(Environment environment) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String name : VARIABLES) {
            String value = environment.getProperty(name);
            if (value != null) {
                variables.put(name, value);
            }
        }
        List<String> problems = RequiredConfiguration.problems(variables);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("sales-machine: " + String.join("; ", problems));
        }
    }
}
