package com.salesmachine.bench.load;

import java.util.Arrays;

/** Every latency of one kind of call (nanoseconds), kept whole and sorted once for exact percentiles. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    void addAll(Latencies other) {
        if (size + other.size > values.length) {
            values = Arrays.copyOf(values, Math.max(size + other.size, values.length * 2));
        }
        System.arraycopy(other.values, 0, values, size, other.size);
        size += other.size;
    }

    int count() {
        return size;
    }

    /** Sorted copy: the summary of this set. */
    Summary summary() {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return new Summary(sorted);
    }

    record Summary(long[] sorted) {

        int count() {
            return sorted.length;
        }

        /** Nearest-rank percentile in milliseconds (0 when empty). */
        double percentileMillis(double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        double maxMillis() {
            return sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6;
        }
    }
}
