package com.salesmachine.bench.scale;

import java.util.Arrays;

/** Latencies of one measured run (nanoseconds, sorted), its errors and its wall time. */
record Latencies(long[] sorted, int errors, double seconds) {

    static Latencies of(long[] nanos, int count, int errors, double seconds) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Latencies(sorted, errors, seconds);
    }

    int calls() {
        return sorted.length;
    }

    /** Nearest-rank percentile in milliseconds. */
    double millis(double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)] / 1e6;
    }

    double callsPerSecond() {
        return seconds == 0 ? 0 : sorted.length / seconds;
    }
}
