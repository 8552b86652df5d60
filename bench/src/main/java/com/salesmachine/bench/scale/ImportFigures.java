package com.salesmachine.bench.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.salesmachine.bench.Verdicts;

/**
 * Issue 15 "Figures" / issue 18 section 4, import: a CSV of {@code rows} rows (default 50,000) imported into a fresh
 * account (signed up over HTTP) through {@code importProspects}, as the SPA sends it (web/src/features/prospects/import:
 * chunks of 500 rows one after the other, {@code firstRow} = file row of the chunk's first record, the header being
 * row 1; a row object holds only its non-empty cells). This is the server side of the browser import: the browser's
 * parse (Papa Parse) and column mapping are not in the figure; the chunks' JSON is built before the clock starts.
 *
 * <p>The rows (deterministic, see {@link #row}): 5% duplicates of an earlier row of the file (every 20th row, half by
 * the LinkedIn URL in another case with a trailing slash, half by the e-mail in upper case) and 1% bad rows (every
 * 100th row, half with an invalid e-mail and no LinkedIn URL, half without a name). At 50,000 rows: 47,000 created,
 * 2,500 duplicates, 500 errors.
 */
final class ImportFigures {

    static final double WALL_TARGET_S = 60;
    static final int CHUNK = 500;

    enum Kind { GOOD, DUPLICATE_LINKEDIN, DUPLICATE_EMAIL, BAD_EMAIL, NO_NAME }

    private ImportFigures() {
    }

    static Kind kind(int i) {
        if (i % 100 == 57) {
            return (i / 100) % 2 == 0 ? Kind.BAD_EMAIL : Kind.NO_NAME;
        }
        if (i % 20 == 13) {
            return (i / 20) % 2 == 0 ? Kind.DUPLICATE_LINKEDIN : Kind.DUPLICATE_EMAIL;
        }
        return Kind.GOOD;
    }

    /** Data record i (0-based; file row i + 2), only its non-empty cells, as the SPA's toRow sends it. */
    static Map<String, String> row(int i) {
        Map<String, String> row = new LinkedHashMap<>();
        int original = i - 13;  // a duplicate repeats a GOOD row of the same block of 20
        switch (kind(i)) {
            case GOOD -> {
                row.put("fullName", "Import Person " + i);
                row.put("companyName", "Import Co " + (i % 50));
                row.put("jobTitle", i % 3 == 0 ? "Head of Sales" : "Founder");
                row.put("email", "import.person." + i + "@importco" + (i % 50) + ".example");
                row.put("linkedinUrl", "https://www.linkedin.com/in/import-person-" + i);
                row.put("location", "Lyon");
                if (i % 7 == 0) {
                    row.put("status", "Meeting booked");
                }
                if (i % 25 == 0) {
                    row.put("vip", "yes");
                    row.put("vipReason", "Imported key account");
                }
            }
            case DUPLICATE_LINKEDIN -> {
                row.put("fullName", "Import Person " + original + " (again)");
                row.put("companyName", "Import Co " + (original % 50));
                row.put("linkedinUrl", "https://WWW.LinkedIn.com/in/Import-Person-" + original + "/");
            }
            case DUPLICATE_EMAIL -> {
                row.put("fullName", "Import Person " + original);
                row.put("companyName", "Import Co " + (original % 50));
                row.put("email", ("import.person." + original + "@importco" + (original % 50) + ".example")
                        .toUpperCase(Locale.ROOT));
            }
            case BAD_EMAIL -> {
                row.put("fullName", "Import Person " + i);
                row.put("companyName", "Import Co " + (i % 50));
                row.put("email", "import.person." + i + "-at-importco.example");
            }
            case NO_NAME -> {
                row.put("companyName", "Import Co " + (i % 50));
                row.put("email", "import.person." + i + "@importco" + (i % 50) + ".example");
                row.put("linkedinUrl", "https://www.linkedin.com/in/import-person-" + i);
            }
        }
        return row;
    }

    static void run(int port, Connection jdbc, int rows) throws Exception {
        System.out.printf(Locale.ROOT, "%n== import: %,d CSV rows into a fresh account, chunks of %d (the SPA's) ==%n", rows, CHUNK);
        HttpCalls http = new HttpCalls(port);
        String email = "bench-import-" + System.currentTimeMillis() + "@bench.local";
        http.signup(email, "bench-password-1", "Bench Import", "Bench Import Co");
        long expectedCreated = 0;
        long expectedDuplicates = 0;
        Set<Integer> expectedErrorRows = new TreeSet<>();
        for (int i = 0; i < rows; i++) {
            switch (kind(i)) {
                case GOOD -> expectedCreated++;
                case DUPLICATE_LINKEDIN, DUPLICATE_EMAIL -> expectedDuplicates++;
                case BAD_EMAIL, NO_NAME -> expectedErrorRows.add(i + 2);
            }
        }
        List<String> chunks = new ArrayList<>();
        for (int from = 0; from < rows; from += CHUNK) {
            List<Map<String, String>> chunk = new ArrayList<>();
            for (int i = from; i < Math.min(rows, from + CHUNK); i++) {
                chunk.add(row(i));
            }
            chunks.add(HttpCalls.JSON.writeValueAsString(Map.of("firstRow", from + 2, "rows", chunk)));
        }
        long created = 0;
        long duplicates = 0;
        Set<Integer> errorRows = new TreeSet<>();
        long errors = 0;
        List<String> errorFields = new ArrayList<>();
        int failedChunks = 0;
        long slowestChunk = 0;
        long started = System.nanoTime();
        for (String chunk : chunks) {
            long t = System.nanoTime();
            HttpCalls.Answer answer = http.post("importProspects", chunk);
            slowestChunk = Math.max(slowestChunk, System.nanoTime() - t);
            if (answer.status() != 200) {
                if (failedChunks++ < 3) {
                    System.out.println("  ! importProspects answered " + answer.status() + ": "
                            + answer.body().substring(0, Math.min(300, answer.body().length())));
                }
                continue;
            }
            var json = answer.json();
            created += json.path("created").asLong();
            duplicates += json.path("duplicates").asLong();
            for (var error : json.path("errors")) {
                errors++;
                errorRows.add(error.path("row").asInt());
                if (errorFields.size() < 4) {
                    errorFields.add(error.path("row").asInt() + " " + error.path("field").asString() + ": "
                            + error.path("message").asString());
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long stored = storedProspects(jdbc, email);
        System.out.printf(Locale.ROOT, "%d chunks in %.2f s (%.0f rows/s, slowest chunk %.0f ms), %d failed; created %d,"
                        + " duplicates %d, errors %d; %d prospects stored for the account; first errors: %s%n",
                chunks.size(), seconds, rows / seconds, slowestChunk / 1e6, failedChunks, created, duplicates, errors,
                stored, errorFields);
        String what = String.format(Locale.ROOT, "importProspects %,d rows (5%% duplicates, 1%% bad), chunks of %d", rows, CHUNK);
        Verdicts.record(String.format(Locale.ROOT, "15: %s wall time <= %.0f s", what, WALL_TARGET_S),
                String.format(Locale.ROOT, "%.2f s%s", seconds, failedChunks == 0 ? "" : ", " + failedChunks + " chunks failed"),
                failedChunks == 0 && seconds <= WALL_TARGET_S);
        Verdicts.record("15: " + what + ": created + duplicates + errors = rows",
                String.format(Locale.ROOT, "%d + %d + %d = %d of %d", created, duplicates, errors,
                        created + duplicates + errors, rows), created + duplicates + errors == rows);
        Verdicts.record("15: " + what + ": created = " + expectedCreated + " (and stored)",
                String.format(Locale.ROOT, "created %d, stored %d", created, stored),
                created == expectedCreated && stored == expectedCreated);
        Verdicts.record("15: " + what + ": duplicates = " + expectedDuplicates + " (LinkedIn URL case/slash, e-mail case)",
                String.valueOf(duplicates), duplicates == expectedDuplicates);
        Verdicts.record("15: " + what + ": errors = " + expectedErrorRows.size() + ", on the bad rows' file rows",
                String.format(Locale.ROOT, "%d errors, %s", errors,
                        errorRows.equals(expectedErrorRows) ? "the expected rows" : "NOT the expected rows"),
                errors == expectedErrorRows.size() && errorRows.equals(expectedErrorRows));
    }

    private static long storedProspects(Connection jdbc, String email) throws Exception {
        try (PreparedStatement sql = jdbc.prepareStatement(
                "SELECT count(*) FROM prospects p JOIN users u ON u.id = p.user_id WHERE u.email = ?")) {
            sql.setString(1, email);
            try (ResultSet r = sql.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
