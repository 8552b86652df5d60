package com.salesmachine;

import java.util.Arrays;
import java.util.List;

import com.salesmachine.platform.RequiredConfiguration;
import com.salesmachine.platform.SigtermExit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one deployable. {@code java -jar sales-machine-functions.jar} serves every function over HTTP;
 * {@code --migrate} applies the Flyway migrations and exits (Railway's pre-deploy step).
 */
@SpringBootApplication
public class SalesMachineApplication {

    public static void main(String[] args) {
        List<String> problems = RequiredConfiguration.problems(System.getenv());
        if (!problems.isEmpty()) {
            problems.forEach(line -> System.err.println("sales-machine: " + line));
            System.exit(2);
        }
        boolean migrate = Arrays.asList(args).contains("--migrate");
        SpringApplication app = new SpringApplication(SalesMachineApplication.class);
        if (migrate) {
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("migrate");
            SpringApplication.exit(app.run(args));
            System.exit(0);
        }
        SigtermExit.install();
        app.run(args);
    }
}
