package com.salesmachine.bench.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.salesmachine.support.DeploymentCommand;

/**
 * The production jar as a child process, started as the deployment starts it ({@link DeploymentCommand}:
 * railway.json's start command, in the release layout). The java binary is this JVM's.
 */
final class ProductionJar implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ProductionJar(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Runs the pre-deploy command ({@code --migrate}) and waits for it. */
    static void migrate(DeploymentCommand preDeploy, Map<String, String> env, Path log) throws IOException, InterruptedException {
        Process migrate = builder(preDeploy, env, log, List.of("--migrate")).start();
        if (!migrate.waitFor(5, TimeUnit.MINUTES)) {
            migrate.destroyForcibly();
            throw new IllegalStateException("--migrate did not finish in 5 minutes; see " + log);
        }
        if (migrate.exitValue() != 0) {
            throw new IllegalStateException("--migrate exited with " + migrate.exitValue() + "; see " + log);
        }
    }

    static ProductionJar start(DeploymentCommand deployment, Map<String, String> env, int port, Path log) throws IOException {
        Process process = builder(deployment, env, log, List.of()).start();
        ProductionJar app = new ProductionJar(process, port, log);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        return app;
    }

    private static ProcessBuilder builder(DeploymentCommand deployment, Map<String, String> env, Path log, List<String> args) throws IOException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(deployment.command());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(deployment.workingDirectory().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder;
    }

    /** Waits for {@code GET /health} to answer 200. */
    ProductionJar awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The jar exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The jar was not healthy within " + timeout + "; see " + log);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Resident set of the app process in MB (from /proc), or -1 where unavailable. */
    long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
