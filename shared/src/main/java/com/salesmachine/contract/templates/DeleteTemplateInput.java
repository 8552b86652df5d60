package com.salesmachine.contract.templates;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Input of {@code deleteTemplate}. */
public record DeleteTemplateInput(@NotNull UUID id) {
}
