package com.salesmachine.contract.templates;

import com.salesmachine.contract.common.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/**
 * A message template; {@code body} and {@code subject} may hold {@code {{variables}}}.
 *
 * @param variables the variable names found in subject and body
 * @param system true for built-in templates, which are read-only
 */
public record Template(
    @NotNull UUID id,
    @NotBlank String name,
    @NotNull Channel channel,
    String useCase,
    String subject,
    @NotNull String body,
    @NotNull List<String> variables,
    boolean system) {
}
