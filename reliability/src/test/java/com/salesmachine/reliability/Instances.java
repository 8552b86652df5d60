package com.salesmachine.reliability;

import java.util.Map;

import com.salesmachine.support.ExtraInstance;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The in-process instances the reliability tests use besides the test's own application: the shared second
 * instance of the suite ({@link ExtraInstance#sharedPort()}), a third one with the same settings, and one
 * with the per-user, per-IP and login-failure limits lifted, for the tests that send thousands of calls as one
 * user (they say so in their output). Started once per JVM, on first use.
 */
final class Instances {

    /** High enough that no test of this package ever reaches it. */
    static final String LIFTED = "100000000";

    private static ConfigurableApplicationContext third;
    private static ConfigurableApplicationContext unthrottled;

    private Instances() {
    }

    static int second() {
        return ExtraInstance.sharedPort();
    }

    static synchronized int third() {
        if (third == null) {
            third = ExtraInstance.start();
        }
        return ExtraInstance.port(third);
    }

    static synchronized int unthrottled() {
        if (unthrottled == null) {
            unthrottled = ExtraInstance.start(Map.of(
                    "sm.rate-limits.user-per-minute", LIFTED,
                    "sm.rate-limits.public-auth-per-minute", LIFTED,
                    "sm.rate-limits.login-failures-per-window", LIFTED));
            System.out.println("[reliability] unthrottled instance on port " + ExtraInstance.port(unthrottled)
                    + ": rate limits (user, public, login failures) lifted to " + LIFTED);
        }
        return ExtraInstance.port(unthrottled);
    }
}
