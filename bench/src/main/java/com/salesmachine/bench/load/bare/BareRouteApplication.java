package com.salesmachine.bench.load.bare;

import com.salesmachine.SalesMachineApplication;
import org.springframework.boot.SpringApplication;

/**
 * BENCHMARK ONLY: the production application plus {@link BareRouteConfiguration}, started from the production
 * jar by Spring Boot's PropertiesLauncher with this package on {@code loader.path} (see LoadBench), so the
 * function route and the bare route run in one process with the deployment's JVM flags.
 */
public final class BareRouteApplication {

    private BareRouteApplication() {
    }

    public static void main(String[] args) {
        new SpringApplication(SalesMachineApplication.class, BareRouteConfiguration.class).run(args);
    }
}
