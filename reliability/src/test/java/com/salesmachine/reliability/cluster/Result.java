package com.salesmachine.reliability.cluster;

import java.util.ArrayList;
import java.util.List;

/** One row of the table, in the shared results.tsv format, with what explains it. */
record Result(String scenario, long requests, long failures, String bar, boolean pass, List<String> notes) {

    String tsv() {
        return String.join("\t", scenario, String.valueOf(requests), String.valueOf(failures),
                bar.replace('\t', ' '), pass ? "PASS" : "FAIL");
    }

    static final class Builder {
        private final String scenario;
        private final String bar;
        private final List<String> notes = new ArrayList<>();
        private final List<String> violations = new ArrayList<>();

        Builder(String scenario, String bar) {
            this.scenario = scenario;
            this.bar = bar;
        }

        Builder note(String note) {
            notes.add(note);
            System.out.println("  " + note);
            return this;
        }

        /** A broken bar: the row fails and says why. */
        Builder violation(String violation) {
            violations.add(violation);
            System.out.println("  VIOLATION " + violation);
            return this;
        }

        Builder violations(List<String> found, String what) {
            if (!found.isEmpty()) {
                violation(found.size() + " " + what + ", e.g. " + found.subList(0, Math.min(5, found.size())));
            }
            return this;
        }

        /** Failed requests, counted by function and answer, so a long list reads at a glance. */
        Builder failures(List<Calls.Outcome> failed, String what) {
            if (!failed.isEmpty()) {
                java.util.Map<String, Long> kinds = new java.util.TreeMap<>();
                failed.forEach(o -> kinds.merge(o.function() + " " + (o.status() == 0 ? o.failure().replaceAll(" \\(.*", "")
                        : o.status() + (o.errorCode() == null ? "" : " " + o.errorCode())), 1L, Long::sum));
                violation(failed.size() + " " + what + ": " + kinds);
            }
            return this;
        }

        Result build(long requests, long failures) {
            List<String> all = new ArrayList<>(notes);
            violations.forEach(v -> all.add("VIOLATION " + v));
            return new Result(scenario, requests, failures, bar, violations.isEmpty(), all);
        }
    }
}
