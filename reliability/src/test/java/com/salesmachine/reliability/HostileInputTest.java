package com.salesmachine.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.FunctionSpec;
import com.salesmachine.contract.Functions;
import org.junit.jupiter.api.Test;

/**
 * Scenario 5 of issue 9: over ten thousand hostile requests, seeded, across every function of the catalogue
 * (new functions are covered: the examples come from their input records). Bar: no 5xx, every error in the
 * contract's shape, and nothing stored by a rejected request (the fingerprint of the user's rows, and of the
 * tables a cross-user function writes, is unchanged by every request answered 4xx).
 *
 * <p>Runs against an instance with the rate limits lifted (see {@link Instances#unthrottled()}): a 429 would
 * stop the requests before they reach the parser. Functions that write beyond one user (public ones, the
 * integration functions without a userId) run after the others, each alone with its table.
 */
class HostileInputTest {

    static final String SCENARIO = "5 hostile input";
    static final long SEED = 0x5EED_0009L;
    static final int PER_FUNCTION = 215;
    /** bcrypt on every accepted signup/login: fewer of those, more of everything else. */
    static final int PER_PASSWORD_FUNCTION = 120;
    static final int WORKERS = 6;

    @Test
    void tenThousandHostileRequestsGetNoServerErrorOnlyContractErrorsAndRejectedOnesStoreNothing() throws Exception {
        int port = Instances.unthrottled();
        long started = System.nanoTime();
        HostileTally tally = new HostileTally();
        List<FunctionSpec> oneUser = new ArrayList<>();
        List<List<FunctionSpec>> crossUser = new ArrayList<>();
        List<FunctionSpec> integrationCrossUser = new ArrayList<>();
        for (FunctionSpec f : Functions.ALL) {
            if (f.isSupplier()) {
                continue;
            }
            if (f.access() == Access.PUBLIC) {
                crossUser.add(List.of(f));
            } else if (actsAcrossUsers(f)) {
                integrationCrossUser.add(f);
            } else {
                oneUser.add(f);
            }
        }
        crossUser.add(integrationCrossUser);

        List<List<FunctionSpec>> phaseA = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            phaseA.add(new ArrayList<>());
        }
        for (int i = 0; i < oneUser.size(); i++) {
            phaseA.get(i % WORKERS).add(oneUser.get(i));
        }
        runPhase(port, tally, phaseA);
        runPhase(port, tally, crossUser);
        try (HostileWorker paths = new HostileWorker(port, tally)) {
            paths.probePaths(List.of("/health", "/health?x=%00", "/health/..", "/nope", "/LOGIN", "/login/", "/login;x=1",
                    "//login", "/%2e%2e/%2e%2e/etc/passwd", "/" + "a".repeat(3000), "/%00", "/me%00", "/me%20",
                    "/actuator", "/actuator/env", "/error", "/favicon.ico", "/.env", "/signup?email=x",
                    "/%F0%9F%98%80", "/%C0%AF", "/health%0d%0aX:1", "/me|logout", "/health|me", "/me,logout", "/%",
                    "/%zz", "/me%7Clogout", "/{x}", "/[x]", "/a\"b", "/^", "/`", "/a\\b", "/é"),
                    List.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "BREW"));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[reliability] %s: %s in %d ms%n", SCENARIO, tally.summary(), millis);

        Results.record(SCENARIO, tally.requests(), tally.failures(),
                "0 5xx; every error in the contract's shape; nothing stored by a rejected request");
        assertThat(tally.requests()).isGreaterThanOrEqualTo(10_000);
        assertThat(tally.examples()).as("hostile input failures (%s)", tally.summary()).isEmpty();
    }

    /** Integration functions that name no user (claimOutbound, reportDelivery): they act on any user's rows. */
    static boolean actsAcrossUsers(FunctionSpec f) {
        if (f.access() != Access.INTEGRATION) {
            return false;
        }
        for (var c : f.input().getRecordComponents()) {
            if (c.getName().equals("userId")) {
                return false;
            }
        }
        return true;
    }

    private static void runPhase(int port, HostileTally tally, List<List<FunctionSpec>> perWorker) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(perWorker.size())) {
            List<Future<?>> done = new ArrayList<>();
            for (List<FunctionSpec> functions : perWorker) {
                done.add(pool.submit(() -> {
                    try (HostileWorker worker = new HostileWorker(port, tally)) {
                        for (FunctionSpec f : functions) {
                            boolean password = f.access() == Access.PUBLIC;
                            worker.run(f, password ? PER_PASSWORD_FUNCTION : PER_FUNCTION,
                                    SEED + Functions.ALL.indexOf(f));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
    }
}
