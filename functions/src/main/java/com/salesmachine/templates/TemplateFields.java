package com.salesmachine.templates;

import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.common.FieldIssue;
import com.salesmachine.contract.review.MessageType;
import com.salesmachine.contract.templates.Template;
import com.salesmachine.platform.ApiException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.r2dbc.core.Parameter;

/**
 * The writable fields of a user template, checked as a whole: a known use case, only known
 * variables, and no subject on LinkedIn (a connection note has none).
 */
record TemplateFields(String name, Channel channel, String useCase, String subject, String body) {

    static final List<String> USE_CASES = Arrays.stream(MessageType.values())
            .map(t -> t.name().toLowerCase(Locale.ROOT)).toList();

    /** The template after a partial update: null keeps a value, an empty subject removes it. */
    static TemplateFields merge(Template current, String name, Channel channel, String useCase, String subject,
                                String body) {
        return new TemplateFields(name != null ? name : current.name(),
                channel != null ? channel : current.channel(),
                useCase != null ? useCase : current.useCase(),
                subject == null ? current.subject() : subject,
                body != null ? body : current.body());
    }

    TemplateFields normalised() {
        String s = subject == null || subject.isBlank() ? null : subject;
        String u = useCase == null || useCase.isBlank() ? null : useCase.strip();
        return new TemplateFields(name.strip(), channel, u, s, body);
    }

    /** Throws 422 naming every problem. */
    TemplateFields validated() {
        List<FieldIssue> issues = new ArrayList<>();
        if (useCase != null && !USE_CASES.contains(useCase)) {
            issues.add(new FieldIssue("useCase", "must be one of " + String.join(", ", USE_CASES)));
        }
        if (channel == Channel.LINKEDIN && subject != null) {
            issues.add(new FieldIssue("subject", "must be empty for a linkedin template"));
        }
        unknown("subject", subject, issues);
        unknown("body", body, issues);
        if (!issues.isEmpty()) {
            throw ApiException.validation(issues);
        }
        return this;
    }

    private static void unknown(String field, String text, List<FieldIssue> issues) {
        List<String> unknown = TemplateText.unknownVariables(text);
        if (!unknown.isEmpty()) {
            issues.add(new FieldIssue(field, unknownIssue(unknown)));
        }
    }

    static String unknownIssue(List<String> names) {
        return "unknown variable" + (names.size() > 1 ? "s " : " ")
                + String.join(", ", names.stream().map(n -> "{{" + n + "}}").toList())
                + "; known: " + String.join(", ", TemplateText.VARIABLES);
    }

    Map<String, Object> binds() {
        Map<String, Object> binds = new HashMap<>();
        binds.put("name", name);
        binds.put("channel", TemplateStore.text(channel));
        binds.put("useCase", Parameter.fromOrEmpty(useCase, String.class));
        binds.put("subject", Parameter.fromOrEmpty(subject, String.class));
        binds.put("body", body);
        return binds;
    }
}
