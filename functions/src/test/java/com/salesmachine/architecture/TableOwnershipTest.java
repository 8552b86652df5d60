package com.salesmachine.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 §1: every table has one owning package, and a package's SQL names only the tables it owns (or
 * reads under a declared grant, never writes). Scans the main sources' string literals; the map is
 * {@link TableOwners}.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/com/salesmachine");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void everyPackageNamesOnlyTheTablesItOwnsOrMayRead() {
        List<String> violations = mainSourceUses().stream()
                .map(SqlTables::violation)
                .filter(v -> v != null)
                .toList();
        assertThat(violations).as("SQL naming another package's table").isEmpty();
    }

    @Test
    void theScanSeesEveryOwnersStatements() {
        // a scanner that found nothing would pass the test above: each owner's SQL must be seen
        Set<String> seen = new TreeSet<>();
        mainSourceUses().forEach(use -> seen.add(use.table()));
        assertThat(seen).containsAll(TableOwners.allTables());
    }

    @Test
    void aTemporaryTableIsOwnedByItsCreatorAndOthersMayOnlyReadItUnderAGrant() {
        String write = """
                package com.salesmachine.integration;
                class Sneaky {
                    Object fill() {
                        return db.sql("INSERT INTO erased_prospect_ids (id) VALUES (:id)");
                    }
                    Object read() {
                        return db.sql("SELECT id FROM erased_prospect_ids");
                    }
                }
                """;
        assertThat(violations("integration", write)).singleElement().asString()
                .contains("Sneaky.java:4").contains("writes erased_prospect_ids, owned by prospects");
        String read = "package com.salesmachine.meetings;\nclass Sneaky {\n"
                + "    static final String A = \"SELECT id FROM erased_prospect_ids\";\n}\n";
        assertThat(violations("meetings", read)).singleElement().asString().contains("names erased_prospect_ids");
    }

    @Test
    void everyTableAndViewOfTheMigrationsHasExactlyOneOwner() throws IOException {
        // the tables the migrations leave, in version order: one is created, or renamed (V118: prospects becomes
        // prospect_facts, and a view takes the name; prospect_day_counts becomes prospect_week_counts)
        Pattern statement = Pattern.compile("(?i)create\\s+(?:or\\s+replace\\s+)?(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?"
                + "([a-z_][a-z0-9_]*)|alter\\s+table\\s+([a-z_][a-z0-9_]*)\\s+rename\\s+to\\s+([a-z_][a-z0-9_]*)");
        Pattern version = Pattern.compile("V(\\d+)__.*");
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            List<Path> inOrder = files.filter(f -> version.matcher(f.getFileName().toString()).matches())
                    .sorted(java.util.Comparator.comparingInt(f -> {
                        Matcher v = version.matcher(f.getFileName().toString());
                        return v.matches() ? Integer.parseInt(v.group(1)) : 0;
                    }))
                    .toList();
            for (Path file : inOrder) {
                Matcher m = statement.matcher(Files.readString(file));
                while (m.find()) {
                    if (m.group(1) != null) {
                        tables.add(m.group(1).toLowerCase());
                    } else {
                        tables.remove(m.group(2).toLowerCase());
                        tables.add(m.group(3).toLowerCase());
                    }
                }
            }
        }
        assertThat(tables).isNotEmpty();
        assertThat(new TreeSet<>(TableOwners.OWNER.keySet())).isEqualTo(tables);
    }

    @Test
    void aStatementNamingAnotherPackagesTableFails() {
        String source = """
                package com.salesmachine.templates;
                class Sneaky {
                    Object read() {
                        return db.sql("SELECT full_name FROM prospects WHERE id = :id");
                    }
                }
                """;
        assertThat(violations("templates", source)).singleElement().asString()
                .contains("Sneaky.java:4").contains("names prospects, owned by prospects");
    }

    @Test
    void aTextBlockOrAConcatenatedFragmentIsSqlToo() {
        String source = "package com.salesmachine.meetings;\nclass Sneaky {\n"
                + "    static final String A = \"\"\"\n        SELECT m.id\n        FROM meetings m\n"
                + "        JOIN prospects p ON p.id = m.prospect_id\"\"\";\n"
                + "    static final String B = \"SELECT 1\" + \" FROM locked, campaigns c\";\n}\n";
        assertThat(violations("meetings", source)).hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("names prospects"))
                .anySatisfy(v -> assertThat(v).contains("names campaigns"));
    }

    @Test
    void aReadGrantNeverCoversAWrite() {
        String source = """
                package com.salesmachine.dashboard;
                class Sneaky {
                    Object reset() {
                        return db.sql("UPDATE prospect_facts SET full_name = 'x' WHERE user_id = :user");
                    }
                    Object count() {
                        return db.sql("SELECT count(*) FROM prospect_facts WHERE user_id = :user");
                    }
                }
                """;
        assertThat(violations("dashboard", source)).singleElement().asString()
                .contains("Sneaky.java:4").contains("writes prospect_facts");
    }

    @Test
    void commentsColumnNamesAndLongerTableNamesAreNotTheTable() {
        String source = """
                package com.salesmachine.outreach;
                // SELECT * FROM prospects: a comment is not SQL
                /* JOIN users u */
                class Fine {
                    static final String A = "SELECT prospect_id, user_id FROM outbound_messages WHERE id = :id";
                    static final String B = "Reply from a prospect";
                    static final String C = "INSERT INTO messages (user_id) SELECT :user FROM unnest(:prospects::uuid[])";
                    char quote = '"';
                }
                """;
        assertThat(violations("outreach", source)).isEmpty();
    }

    private static List<String> violations(String pkg, String source) {
        return SqlTables.uses(pkg, "Sneaky.java", source, TableOwners.allTables()).stream()
                .map(SqlTables::violation)
                .filter(v -> v != null)
                .toList();
    }

    private static List<SqlTables.Use> mainSourceUses() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> SqlTables.uses(packageOf(f), MAIN.relativize(f).toString(), read(f),
                            TableOwners.allTables()).stream())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature package: the first directory under com/salesmachine (sub-packages belong to it). */
    private static String packageOf(Path file) {
        Path relative = MAIN.relativize(file);
        return relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
