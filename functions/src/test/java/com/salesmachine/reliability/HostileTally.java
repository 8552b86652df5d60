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
        return "requests " + requests + ", by status " + byStatus + ", by kind " + byKind + ", failures " + failuresByType;
    }
}
