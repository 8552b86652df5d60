package com.salesmachine.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tables a Java source's SQL names. Every string literal and text block (comments and char literals
 * skipped) that holds an SQL keyword ({@link #SQL}) is SQL, a whole statement or a fragment of one (a
 * concatenated {@code " FROM locked, prospects p"} counts); in it, each table name is searched as a whole
 * identifier, lower case as the schema spells it. A literal with no keyword at all (a JSON field name such as
 * {@code "messages"}) is not SQL.
 */
final class SqlTables {

    /** One table named in one literal of one package. */
    record Use(String pkg, String file, int line, String table, boolean write) {
    }

    /** The words that make a literal SQL. */
    static final Pattern SQL = Pattern.compile(
            "(?i)(?<![A-Za-z0-9_])(select|insert|update|delete|from|join|into|returning|where|values|with|table|truncate)(?![A-Za-z0-9_])");

    private SqlTables() {
    }

    /** The string literals of {@code source} with the line each starts on. */
    static List<Map.Entry<Integer, String>> literals(String source) {
        List<Map.Entry<Integer, String>> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int start = i + 3;
                int end = start;
                while (end < n && !source.startsWith("\"\"\"", end)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end, n);
                out.add(Map.entry(line, source.substring(start, end)));
                line += count(source, i, end);
                i = Math.min(end + 3, n);
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && source.charAt(end) != c && source.charAt(end) != '\n') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.add(Map.entry(line, source.substring(i + 1, Math.min(end, n))));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** Every use of a known table in the literals of one source file of package {@code pkg}. */
    static List<Use> uses(String pkg, String file, String source, Iterable<String> tables) {
        List<Use> uses = new ArrayList<>();
        for (Map.Entry<Integer, String> literal : literals(source)) {
            if (!SQL.matcher(literal.getValue()).find()) {
                continue;
            }
            for (String table : tables) {
                Matcher named = identifier(table).matcher(literal.getValue());
                if (named.find()) {
                    boolean write = writePattern(table).matcher(literal.getValue()).find();
                    uses.add(new Use(pkg, file, literal.getKey(), table, write));
                }
            }
        }
        return uses;
    }

    /**
     * The table as a whole identifier (not part of a longer name such as outbound_messages or prospect_id, nor a bind
     * marker :name, nor a column qualified by its alias such as c.prospects, prospect_week_counts' count column).
     */
    private static Pattern identifier(String table) {
        return Pattern.compile("(?<![A-Za-z0-9_$:.])" + Pattern.quote(table) + "(?![A-Za-z0-9_$])");
    }

    private static Pattern writePattern(String table) {
        return Pattern.compile("(?i)\\b(insert\\s+into|update|delete\\s+from|truncate(\\s+table)?|alter\\s+table|drop\\s+table)\\s+"
                + Pattern.quote(table) + "(?![A-Za-z0-9_$])");
    }

    /** Why a use breaks the map, or null when it is allowed. */
    static String violation(Use use) {
        String owner = TableOwners.ownerOf(use.table());
        if (use.pkg().equals(owner)) {
            return null;
        }
        String where = use.file() + ":" + use.line() + " (package " + (use.pkg().isEmpty() ? "<root>" : use.pkg()) + ")";
        if (use.write()) {
            return where + " writes " + use.table() + ", owned by " + owner + ": call a method of " + owner;
        }
        if (TableOwners.mayRead(use.pkg(), use.table())) {
            return null;
        }
        return where + " names " + use.table() + ", owned by " + owner + ": call a method of " + owner
                + " (or declare a read grant with its reason in TableOwners)";
    }
}
