package com.salesmachine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.salesmachine.platform.config.AotTraining;
import com.salesmachine.platform.config.RequiredConfiguration;
import com.salesmachine.platform.config.SigtermExit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;

/**
 * The one deployable. {@code java -jar sales-machine-functions.jar} serves every function over HTTP;
 * {@code --migrate} applies the Flyway migrations and exits (Railway's pre-deploy step);
 * {@code --aot-training} starts on a free port, sends {@link AotTraining}'s requests and exits (the training
 * run that writes the JDK AOT cache, see scripts/package-release).
 */
@SpringBootApplication
public class SalesMachineApplication {

    public static void main(String[] args) throws Exception {
        List<String> problems = RequiredConfiguration.problems(System::getenv);
        if (!problems.isEmpty() && !Boolean.getBoolean("spring.aot.processing")) {
            problems.forEach(line -> System.err.println("sales-machine: " + line));
            System.exit(2);
        }
        boolean migrate = Arrays.asList(args).contains("--migrate");
        SpringApplication app = new SpringApplication(SalesMachineApplication.class);
        if (Boolean.getBoolean("sm.startup.jfr")) {
            // diagnostic: every start-up step (each bean's instantiation) as a JFR event; see docs/architecture.md
            app.setApplicationStartup(new FlightRecorderApplicationStartup());
        }
        if (migrate) {
            // Spring AOT's bean definitions were computed without Flyway (instances never migrate on start)
            System.setProperty("spring.aot.enabled", "false");
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles("migrate");
            SpringApplication.exit(app.run(args));
            System.exit(0);
        }
        if (Arrays.asList(args).contains("--aot-training")) {
            app.setDefaultProperties(Map.of("server.port", "0"));
            ConfigurableApplicationContext context = app.run(args);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            AotTraining.exercise(port).forEach(line -> System.out.println("aot-training: " + line));
            System.exit(SpringApplication.exit(context));
        }
        SigtermExit.install();
        app.run(args);
    }
}
