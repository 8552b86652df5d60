package com.salesmachine.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.salesmachine.SalesMachineApplication;
import com.salesmachine.localstack.LocalStack;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another application instance (its own server, pools and memory) against the same shared stack: what a
 * second Railway replica is. {@link #sharedPort()} is one such instance for the whole JVM.
 */
public final class ExtraInstance {

    private static ConfigurableApplicationContext shared;

    private ExtraInstance() {
    }

    public static ConfigurableApplicationContext start(Class<?>... extraConfiguration) {
        return start(Map.of(), extraConfiguration);
    }

    /** With extra settings (e.g. a benchmark's rate limit), which override the defaults below. */
    public static ConfigurableApplicationContext start(Map<String, String> settings, Class<?>... extraConfiguration) {
        LocalStack stack = LocalStack.shared();
        Map<String, String> props = new LinkedHashMap<>();
        props.put("server.port", "0");
        props.put("server.address", "127.0.0.1");
        props.put("spring.r2dbc.url", stack.r2dbcUrl());
        props.put("spring.r2dbc.username", stack.postgres().username());
        props.put("spring.r2dbc.password", stack.postgres().password());
        props.put("spring.flyway.enabled", "true"); // idempotent, and Flyway's lock makes concurrent starts safe
        props.put("spring.flyway.url", stack.jdbcUrl());
        props.put("spring.flyway.user", stack.postgres().username());
        props.put("spring.flyway.password", stack.postgres().password());
        props.put("sm.env", "local");
        props.put("sm.upstash.url", stack.upstashUrl());
        props.put("sm.upstash.token", stack.upstashToken());
        props.put("sm.allowed-origins", "http://localhost:5173");
        props.put("sm.webhook-secret", "local-webhook-secret");
        props.put("sm.trusted-proxies", "127.0.0.1");
        props.putAll(settings);
        // command-line arguments outrank application.yaml's ${ENV:default} placeholders
        List<String> args = new ArrayList<>();
        props.forEach((k, v) -> args.add("--" + k + "=" + v));
        List<Class<?>> sources = new ArrayList<>(List.of(SalesMachineApplication.class));
        sources.addAll(List.of(extraConfiguration));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).profiles("local")
                .run(args.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public static synchronized int sharedPort() {
        if (shared == null) {
            shared = start();
        }
        return port(shared);
    }
}
