package com.salesmachine.templates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{variable}}} language of templates: which variables a text uses, and the text rendered
 * with values. The complete list of variables is the one in V2__system_templates.sql; anything else
 * between double braces is an unknown variable, reported by name.
 */
public final class TemplateText {

    /** Every variable a template may use, in the order the documentation lists them. */
    public static final List<String> VARIABLES = List.of("firstName", "lastName", "fullName", "jobTitle",
            "companyName", "location", "senderName", "senderCompany", "talkingPoint", "painPoint", "recentActivity");

    private static final Set<String> KNOWN = Set.copyOf(VARIABLES);
    /** Lazy, so "{{a}} and {{b}}" is two variables; inner spaces are tolerated: "{{ firstName }}". */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);

    private TemplateText() {
    }

    /** Variable names used in the texts (nulls skipped), each once, in order of first appearance. */
    public static List<String> variables(String... texts) {
        Set<String> names = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                Matcher m = PLACEHOLDER.matcher(text);
                while (m.find()) {
                    names.add(m.group(1).strip());
                }
            }
        }
        return List.copyOf(names);
    }

    /** The names used in the text that are not template variables, each once, in order of appearance. */
    public static List<String> unknownVariables(String text) {
        List<String> unknown = new ArrayList<>();
        for (String name : variables(text)) {
            if (!KNOWN.contains(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /**
     * The text with every variable replaced by its value; a variable without a value (no enrichment
     * yet, no job title) renders as the empty string. Null text renders as null.
     *
     * @throws UnknownVariablesException when the text uses a name that is not a template variable
     */
    public static String render(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        List<String> unknown = unknownVariables(text);
        if (!unknown.isEmpty()) {
            throw new UnknownVariablesException(unknown);
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1).strip());
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A text used names that are not template variables. */
    public static final class UnknownVariablesException extends RuntimeException {

        private final List<String> names;

        public UnknownVariablesException(List<String> names) {
            super("unknown template variables: " + names, null, false, false);
            this.names = List.copyOf(names);
        }

        public List<String> names() {
            return names;
        }
    }
}
