package com.salesmachine.support;

import com.salesmachine.localstack.LocalStack;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points an application context at a local stack of real servers (shared per JVM unless given one). */
public final class TestInfrastructure {

    private TestInfrastructure() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        register(registry, LocalStack.shared());
    }

    public static void register(DynamicPropertyRegistry registry, LocalStack stack) {
        registry.add("spring.r2dbc.url", stack::r2dbcUrl);
        registry.add("spring.r2dbc.username", () -> stack.postgres().username());
        registry.add("spring.r2dbc.password", () -> stack.postgres().password());
        registry.add("spring.flyway.url", stack::jdbcUrl);
        registry.add("spring.flyway.user", () -> stack.postgres().username());
        registry.add("spring.flyway.password", () -> stack.postgres().password());
        registry.add("spring.flyway.enabled", () -> "true");
        registry.add("sm.env", () -> "local");
        registry.add("sm.upstash.url", stack::upstashUrl);
        registry.add("sm.upstash.token", stack::upstashToken);
        registry.add("sm.allowed-origins", () -> "http://localhost:5173");
        registry.add("sm.webhook-secret", () -> "local-webhook-secret");
        // tests speak for many clients through 127.0.0.1: trust it as a proxy so X-Forwarded-For names them
        registry.add("sm.trusted-proxies", () -> "127.0.0.1");
    }
}
