package com.salesmachine.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The fault suite's table: one line per scenario run, {@code scenario<TAB>requests<TAB>failures<TAB>bar<TAB>PASS|FAIL},
 * appended to {@code target/reliability/results.tsv} (relative to the reliability module) BEFORE the test asserts,
 * so a failing scenario still shows in the table that reliability/run prints.
 */
final class Results {

    static final Path FILE = Path.of("target", "reliability", "results.tsv");

    private Results() {
    }

    static synchronized void record(String scenario, long requests, long failures, String bar) {
        String line = String.join("\t", scenario, String.valueOf(requests), String.valueOf(failures),
                bar.replace('\t', ' '), failures == 0 ? "PASS" : "FAIL") + "\n";
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print("[reliability] " + line);
    }
}
