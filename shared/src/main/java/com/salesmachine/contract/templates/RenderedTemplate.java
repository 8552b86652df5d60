package com.salesmachine.contract.templates;

import jakarta.validation.constraints.NotNull;

/** Output of {@code previewTemplate}. */
public record RenderedTemplate(String subject, @NotNull String body) {
}
