package com.salesmachine.platform.config;

import com.salesmachine.platform.db.DatabaseUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Outside the local environment the process refuses to start without its settings, naming every missing variable
 * on its own line (so a failed Railway deploy says exactly what to set). The one list, for both deployments: the
 * HTTP jar checks it in {@code main}, the Lambda handler (whose {@code main} never runs) when its transport starts.
 */
public final class RequiredConfiguration {

    /** Every variable the check reads: {@code SM_ENV} and the settings required outside local. */
    public static final List<String> VARIABLES = List.of("SM_ENV", "DATABASE_URL", "UPSTASH_REDIS_REST_URL",
            "UPSTASH_REDIS_REST_TOKEN", "SM_ALLOWED_ORIGINS", "SM_WEBHOOK_SECRET");
    static final List<String> ENVIRONMENTS = List.of("local", "staging", "production");

    private RequiredConfiguration() {
    }

    /** The problems with these variables, one line each; empty when it can start. */
    public static List<String> problems(Map<String, String> variables) {
        return problems(variables::get);
    }

    /** The problems with this environment, one line each; empty when it can start. */
    public static List<String> problems(UnaryOperator<String> environment) {
        String smEnv = environment.apply("SM_ENV") == null ? "production" : environment.apply("SM_ENV");
        List<String> problems = new ArrayList<>();
        if (!ENVIRONMENTS.contains(smEnv)) {
            problems.add("SM_ENV must be one of " + ENVIRONMENTS + " (was '" + smEnv + "')");
            return problems;
        }
        if (smEnv.equals("local")) {
            return problems;
        }
        for (String name : VARIABLES.subList(1, VARIABLES.size())) {
            String value = environment.apply(name);
            if (value == null || value.isBlank()) {
                problems.add("missing required environment variable " + name + " (SM_ENV=" + smEnv + ")");
            }
        }
        String url = environment.apply("DATABASE_URL");
        if (url != null && !url.isBlank()) {
            try {
                DatabaseUrl.parse(url);
            } catch (IllegalArgumentException e) {
                problems.add("DATABASE_URL is not a postgresql://user:pass@host:port/db URL");
            }
        }
        return problems;
    }

    /** Throws naming every problem: for a deployment whose start-up is not our {@code main} (Lambda). */
    public static void require(UnaryOperator<String> environment) {
        List<String> problems = problems(environment);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("sales-machine: " + String.join("; ", problems));
        }
    }
}
