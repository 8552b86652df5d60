package com.salesmachine.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of scenario 5, shared by its workers: requests, answers by status and kind, failures by type. */
final class HostileTally {

    private static final int KEPT_PER_TYPE = 15;

    private long requests;
    private final Map<String, Long> byStatus = new TreeMap<>();
    private final Map<String, Long> byKind = new TreeMap<>();
    private final Map<String, Long> failuresByType = new TreeMap<>();
    private final List<String> examples = new ArrayList<>();

    synchronized void count(String function, HostileRequests.Probe probe, int status) {
        requests++;
        byStatus.merge(String.valueOf(status), 1L, Long::sum);
        byKind.merge(probe.kind(), 1L, Long::sum);
    }

    synchronized void failure(String type, String description) {
        long seen = failuresByType.merge(type, 1L, Long::sum);
        if (seen <= KEPT_PER_TYPE) {
            examples.add("[" + type + "] " + description);
        }
    }

    private long covered;
    private long merged;

    /** Rejected requests whose fingerprint comparison saw no change. */
    synchronized void covered(long n) {
        covered += n;
    }

    /**
     * Rejected requests (refused before the function ran) directly followed by an accepted one: their comparison
     * is merged with that acceptance's legitimate change, so they are not individually proven to store nothing.
     */
    synchronized void merged(long n) {
        merged += n;
    }

    private long retried503;
    synchronized void retried503() {
        retried503++;
    }

    private long httpNanos;
    private long fingerprintNanos;

    synchronized void timeHttp(long nanos) {
        httpNanos += nanos;
    }

    synchronized void timeFingerprint(long nanos) {
        fingerprintNanos += nanos;
    }

    synchronized long requests() {
        return requests;
    }

    synchronized long failures() {
        return failuresByType.values().stream().mapToLong(Long::longValue).sum();
    }

    synchronized List<String> examples() {
        return List.copyOf(examples);
    }

    synchronized String summary() {
        return "requests " + requests + ", rejected requests proven to store nothing " + covered
                + " (merged with a following acceptance: " + merged + ")" + ", by status " + byStatus + ", by kind " + byKind + ", failures " + failuresByType + ", 503s sent again once " + retried503
                + ", time in HTTP " + httpNanos / 1_000_000 + " ms, in fingerprints " + fingerprintNanos / 1_000_000 + " ms (summed over workers)";
    }
}
