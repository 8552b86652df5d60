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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production jar as a child process, started with the JVM flags of the deployment: the tokens between
 * {@code java} and {@code -jar} in railway.json's {@code deploy.startCommand} (read at run time; the lead tunes
 * them). The java binary is this JVM's.
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

    /** The JVM flags of {@code deploy.startCommand} ({@code preDeploy} when {@code migrate}). */
    static List<String> deploymentFlags(Path railwayJson, boolean migrate) {
        JsonNode deploy = JsonMapper.builder().build().readTree(railwayJson.toFile()).path("deploy");
        String command = migrate ? deploy.path("preDeployCommand").path(0).asString() : deploy.path("startCommand").asString();
        List<String> tokens = Arrays.asList(command.trim().split("\\s+"));
        int jar = tokens.indexOf("-jar");
        if (tokens.isEmpty() || !tokens.getFirst().equals("java") || jar < 0) {
            throw new IllegalStateException("Not a 'java <flags> -jar <jar>' command in railway.json: " + command);
        }
        return List.copyOf(tokens.subList(1, jar));
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs {@code --migrate} with the pre-deploy flags and waits for it. */
    static void migrate(Path jar, List<String> flags, Map<String, String> env, Path log) throws IOException, InterruptedException {
        Process migrate = builder(jar, flags, env, log, List.of("--migrate")).start();
        if (!migrate.waitFor(5, TimeUnit.MINUTES)) {
            migrate.destroyForcibly();
            throw new IllegalStateException("--migrate did not finish in 5 minutes; see " + log);
        }
        if (migrate.exitValue() != 0) {
            throw new IllegalStateException("--migrate exited with " + migrate.exitValue() + "; see " + log);
        }
    }

    static ProductionJar start(Path jar, List<String> flags, Map<String, String> env, int port, Path log) throws IOException {
        Process process = builder(jar, flags, env, log, List.of()).start();
        ProductionJar app = new ProductionJar(process, port, log);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        return app;
    }

    private static ProcessBuilder builder(Path jar, List<String> flags, Map<String, String> env, Path log, List<String> args) throws IOException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(flags);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
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
