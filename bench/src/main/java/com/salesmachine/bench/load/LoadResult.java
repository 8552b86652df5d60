package com.salesmachine.bench.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The figures of one load run: overall, per operation class and per operation, plus errors by kind. */
record LoadResult(String label, int clients, double seconds, Latencies.Summary all,
                  Map<String, Latencies.Summary> byKind, Map<String, Latencies.Summary> byOperation,
                  Map<String, Long> errors, int exhaustedClients) {

    static LoadResult merge(String label, int clients, double seconds, List<LoadGenerator.Recorder> recorders) {
        Latencies all = new Latencies();
        Map<String, Latencies> kinds = new TreeMap<>();
        Map<String, Latencies> operations = new TreeMap<>();
        Map<String, Long> errors = new TreeMap<>();
        int exhausted = 0;
        for (LoadGenerator.Recorder r : recorders) {
            all.addAll(r.all);
            r.byKind.forEach((k, v) -> kinds.computeIfAbsent(k, x -> new Latencies()).addAll(v));
            r.byOperation.forEach((k, v) -> operations.computeIfAbsent(k, x -> new Latencies()).addAll(v));
            r.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
            exhausted += r.exhausted ? 1 : 0;
        }
        Map<String, Latencies.Summary> kindSummaries = new TreeMap<>();
        kinds.forEach((k, v) -> kindSummaries.put(k, v.summary()));
        Map<String, Latencies.Summary> operationSummaries = new TreeMap<>();
        operations.forEach((k, v) -> operationSummaries.put(k, v.summary()));
        return new LoadResult(label, clients, seconds, all.summary(), kindSummaries, operationSummaries, errors, exhausted);
    }

    long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Successful calls per second. */
    double rate() {
        return all.count() / seconds;
    }

    static String header() {
        return String.format(Locale.ROOT, "  %-34s %7s %9s %10s %8s %8s %8s %8s %7s",
                "", "clients", "calls", "calls/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors");
    }

    String line() {
        return row(label, all, seconds, errorCount());
    }

    private String row(String name, Latencies.Summary s, double secs, long errorCount) {
        return String.format(Locale.ROOT, "  %-34s %7d %9d %10.1f %8.2f %8.2f %8.2f %8.1f %7s",
                name, clients, s.count(), s.count() / secs, s.percentileMillis(50), s.percentileMillis(95),
                s.percentileMillis(99), s.maxMillis(), errorCount < 0 ? "" : String.valueOf(errorCount));
    }

    /** Overall, then each class and each operation (indented), then the errors by kind. */
    String detail() {
        StringBuilder out = new StringBuilder(line()).append('\n');
        byKind.forEach((k, s) -> out.append(row("  class " + k, s, seconds, -1)).append('\n'));
        byOperation.forEach((k, s) -> out.append(row("    " + k, s, seconds, -1)).append('\n'));
        errors.forEach((k, v) -> out.append("    error ").append(v).append(" x ").append(k).append('\n'));
        if (exhaustedClients > 0) {
            out.append("    HARNESS: ").append(exhaustedClients).append(" clients ran out of work before the end\n");
        }
        return out.toString();
    }
}
