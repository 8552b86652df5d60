package com.salesmachine;

import com.salesmachine.localstack.DemoData;
import com.salesmachine.localstack.LocalStack;
import org.springframework.boot.SpringApplication;

/**
 * The "embedded default": real PostgreSQL (5490), Redis (6390) and the Upstash REST gateway
 * (http://localhost:8079, token local-dev-token), migrations, the demo account, then the API on :3000.
 * Lives in the devserver module so none of it reaches the production jar. Run with {@code scripts/dev}.
 */
public final class LocalSalesMachine {

    private LocalSalesMachine() {
    }

    public static void main(String[] args) {
        int pg = Integer.getInteger("sm.local.postgres-port", LocalStack.LOCAL_POSTGRES_PORT);
        int redis = Integer.getInteger("sm.local.redis-port", LocalStack.LOCAL_REDIS_PORT);
        int gateway = Integer.getInteger("sm.local.gateway-port", LocalStack.LOCAL_GATEWAY_PORT);
        LocalStack stack = LocalStack.start(pg, redis, gateway, LocalStack.LOCAL_TOKEN);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
        SpringApplication app = new SpringApplication(SalesMachineApplication.class);
        String[] pairs = {
                "sm.env", "local",
                "spring.profiles.active", "local",
                "spring.flyway.enabled", "true",
                "spring.r2dbc.url", stack.r2dbcUrl(),
                "spring.r2dbc.username", stack.postgres().username(),
                "spring.r2dbc.password", stack.postgres().password(),
                "spring.flyway.url", stack.jdbcUrl(),
                "spring.flyway.user", stack.postgres().username(),
                "spring.flyway.password", stack.postgres().password(),
                "sm.upstash.url", stack.upstashUrl(),
                "sm.upstash.token", stack.upstashToken()};
        // system properties outrank application.yaml's environment-variable defaults
        for (int i = 0; i < pairs.length; i += 2) {
            System.setProperty(pairs[i], pairs[i + 1]);
        }
        app.addListeners((org.springframework.boot.context.event.ApplicationReadyEvent ready) -> {
            DemoData.seed(stack.jdbcUrl(), stack.postgres().username(), stack.postgres().password());
            System.out.println("Sales Machine local stack ready: API http://localhost:"
                    + ready.getApplicationContext().getEnvironment().getProperty("local.server.port")
                    + "  demo login " + DemoData.EMAIL + " / " + DemoData.PASSWORD);
        });
        app.run(args);
    }
}
