package com.salesmachine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The rows of the one table a harness ends with: target, figure, PASS or GAP. Each row is printed when it is
 * decided and appended to the file named by {@code BENCH_VERDICTS} (tab-separated), from which the harness's script
 * prints the table and takes its exit code ({@code scripts/lib.sh verdict_table}: non-zero on a GAP unless
 * {@code --report-only}).
 */
public final class Verdicts {

    private Verdicts() {
    }

    public static synchronized void record(String target, String figure, boolean pass) {
        String line = String.join("\t", clean(target), clean(figure), pass ? "PASS" : "GAP");
        System.out.println("verdict: " + line.replace('\t', '|'));
        String file = System.getenv("BENCH_VERDICTS");
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(file), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the verdicts to " + file, e);
        }
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }
}
