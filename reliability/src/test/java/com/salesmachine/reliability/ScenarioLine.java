package com.salesmachine.reliability;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The one results.tsv line of a scenario made of several test methods: requests and failed checks are counted
 * as the methods run ({@link #check}), the line is written once by the class's {@code @AfterAll}.
 */
final class ScenarioLine {

    private final String scenario;
    private final String bar;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    ScenarioLine(String scenario, String bar) {
        this.scenario = scenario;
        this.bar = bar;
    }

    void requests(long n) {
        requests.addAndGet(n);
    }

    interface Check {
        void run() throws Exception;
    }

    /** Runs one test method's body; a failure (assertion or error) is counted, then rethrown to JUnit. */
    void check(Check body) throws Exception {
        try {
            body.run();
        } catch (Exception | AssertionError e) {
            failures.incrementAndGet();
            throw e;
        }
    }

    void record() {
        Results.record(scenario, requests.get(), failures.get(), bar);
    }
}
