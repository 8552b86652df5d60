package com.salesmachine.reliability.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.salesmachine.support.DeploymentCommand;

/**
 * One instance of the production jar as a child process (the deployment's JVM flags, its own port and log).
 * {@link #terminate()} is what a platform does on a redeploy (SIGTERM), {@link #kill()} is a crash (SIGKILL).
 */
final class AppInstance {

    private final String name;
    private final int port;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private final Path workingDirectory;
    private Process process;

    AppInstance(String name, int port, DeploymentCommand deployment, Map<String, String> environment, Path log) {
        this.name = name;
        this.port = port;
        this.command = deployment.command();
        this.workingDirectory = deployment.workingDirectory();
        this.environment = environment;
        this.log = log;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    List<String> command() {
        return command;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    synchronized void start() {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(workingDirectory.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("RAILWAY_REPLICA_ID", name);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + name, e);
        }
    }

    /** Waits for {@code GET /health} 200 on the instance itself. */
    void awaitHealthy(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (Calls.get(url() + "/health", Duration.ofSeconds(3)).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " not healthy within " + within + "; see " + log);
    }

    /** SIGTERM: the graceful shutdown a platform starts on a redeploy. */
    synchronized void terminate() {
        process.destroy();
    }

    /** SIGKILL: the instance dies with whatever it had in flight. */
    synchronized void kill() {
        process.destroyForcibly();
    }

    /** Waits for the process to end; its exit code, or -1 when it is still running. */
    int awaitExit(Duration within) {
        try {
            return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    synchronized long pid() {
        return process.pid();
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Cleanup: SIGKILL if still running. */
    synchronized void destroy() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(10));
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
