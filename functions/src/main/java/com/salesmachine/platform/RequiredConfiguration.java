package com.salesmachine.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Outside the local environment the process refuses to start without its settings, naming every
 * missing variable on its own line (so a failed Railway deploy says exactly what to set).
 */
public final class RequiredConfiguration {

    static final List<String> REQUIRED = List.of("DATABASE_URL", "UPSTASH_REDIS_REST_URL",
            "UPSTASH_REDIS_REST_TOKEN", "SM_ALLOWED_ORIGINS", "SM_WEBHOOK_SECRET");
    static final List<String> ENVIRONMENTS = List.of("local", "staging", "production");

    private RequiredConfiguration() {
    }

    /** The problems with this environment, one line each; empty when it can start. */
    public static List<String> problems(Map<String, String> env) {
        String smEnv = env.getOrDefault("SM_ENV", "production");
        List<String> problems = new ArrayList<>();
        if (!ENVIRONMENTS.contains(smEnv)) {
            problems.add("SM_ENV must be one of " + ENVIRONMENTS + " (was '" + smEnv + "')");
            return problems;
        }
        if (smEnv.equals("local")) {
            return problems;
        }
        for (String name : REQUIRED) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                problems.add("missing required environment variable " + name + " (SM_ENV=" + smEnv + ")");
            }
        }
        String url = env.get("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            try {
                DatabaseUrl.parse(url);
            } catch (IllegalArgumentException e) {
                problems.add("DATABASE_URL is not a postgresql://user:pass@host:port/db URL");
            }
        }
        return problems;
    }
}
