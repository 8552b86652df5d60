package com.salesmachine.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JVM flags and jar of the deployment, read from {@code railway.json} ({@code deploy.startCommand}) at run
 * time, so the benchmark always measures what Railway runs. The jar is the release layout that
 * {@code scripts/package-release} writes to {@code target/release} (extracted jar + AOT cache, what the Docker
 * image holds); the process runs in that directory, as the image's WORKDIR. {@code BENCH_JVM_FLAGS} replaces
 * the flags and {@code BENCH_EXTRA_JVM_FLAGS} appends to them (for trying flags; the official figures use neither).
 */
public record DeploymentCommand(String startCommand, List<String> railwayFlags, List<String> flags, Path jar,
                         String flagSource) {

    /** The repository: the first directory at or above the working directory that holds railway.json. */
    public static Path repoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("railway.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the repository (no railway.json above " + Path.of("").toAbsolutePath() + ")");
        }
        return dir;
    }

    /** The instances' command: {@code deploy.startCommand}. */
    public static DeploymentCommand read(Path repoRoot) {
        return read(repoRoot, false);
    }

    /** The migrations' command: {@code deploy.preDeployCommand[0]} without its {@code --migrate} (add it). */
    public static DeploymentCommand readPreDeploy(Path repoRoot) {
        return read(repoRoot, true);
    }

    private static DeploymentCommand read(Path repoRoot, boolean preDeploy) {
        String start;
        try {
            JsonNode deploy = JsonMapper.builder().build().readTree(Files.readString(repoRoot.resolve("railway.json")))
                    .path("deploy");
            start = preDeploy ? deploy.path("preDeployCommand").path(0).asString().replace(" --migrate", "")
                    : deploy.path("startCommand").asString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read railway.json", e);
        }
        List<String> tokens = Arrays.asList(start.trim().split("\\s+"));
        int java = tokens.indexOf("java");
        int jarFlag = tokens.indexOf("-jar");
        if (java < 0 || jarFlag < java || jarFlag + 1 >= tokens.size()) {
            throw new IllegalStateException("railway.json startCommand is not 'java <flags> -jar <jar>': " + start);
        }
        List<String> railwayFlags = List.copyOf(tokens.subList(java + 1, jarFlag));
        Path jar = repoRoot.resolve("target/release").resolve(tokens.get(jarFlag + 1));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run scripts/package-release first");
        }
        List<String> flags = new ArrayList<>(railwayFlags);
        String source = "railway.json deploy.startCommand";
        String replace = System.getenv("BENCH_JVM_FLAGS");
        if (replace != null && !replace.isBlank()) {
            flags = new ArrayList<>(Arrays.asList(replace.trim().split("\\s+")));
            source = "BENCH_JVM_FLAGS (NOT the deployment's flags)";
        }
        String extra = System.getenv("BENCH_EXTRA_JVM_FLAGS");
        if (extra != null && !extra.isBlank()) {
            flags.addAll(Arrays.asList(extra.trim().split("\\s+")));
            source += " + BENCH_EXTRA_JVM_FLAGS (NOT the deployment's flags)";
        }
        return new DeploymentCommand(start, railwayFlags, List.copyOf(flags), jar, source);
    }

    /** Where the process runs: the release directory, so the start command's relative paths hold. */
    public Path workingDirectory() {
        return jar.getParent();
    }

    /**
     * The flags without Spring AOT and the AOT cache, for a process whose main class is not the application's
     * (the bare route's launcher): Spring AOT's bean definitions exist only for the application's own main.
     */
    public DeploymentCommand withoutAot() {
        List<String> plain = flags.stream().filter(flag -> !flag.startsWith("-XX:AOTCache=")
                && !flag.equals("-Dspring.aot.enabled=true")).toList();
        return new DeploymentCommand(startCommand, railwayFlags, plain, jar,
                flagSource + " without -XX:AOTCache and -Dspring.aot.enabled (the bare route's process has another main class)");
    }

    public boolean deploymentFlags() {
        return flags.equals(railwayFlags);
    }

    /** {@code <this JVM's java> <flags> -jar <jar>}: run it in {@link #workingDirectory()}. */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }
}
