package com.salesmachine.platform.config;

import sun.misc.Signal;

/**
 * SIGTERM (a redeploy, a scale-down, a rolling restart) is a normal stop: the JVM runs its shutdown hooks —
 * Spring's graceful shutdown: no new connections, in-flight requests finish within 28 s — and then exits 0,
 * as platform.md asks. Without this handler the JVM ends with 143 (128 + SIGTERM), which an "on failure"
 * restart policy or a supervisor reads as a crash. Only the HTTP server's {@code main} installs it.
 */
public final class SigtermExit {

    private SigtermExit() {
    }

    public static void install() {
        Signal.handle(new Signal("TERM"), signal -> System.exit(0));
    }
}
