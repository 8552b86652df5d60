package com.salesmachine.contract.templates;

import com.salesmachine.contract.common.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Input of {@code createTemplate}. */
public record CreateTemplateInput(
    @NotBlank @Size(max = 200) String name,
    @NotNull Channel channel,
    @Size(max = 200) String useCase,
    @Size(max = 500) String subject,
    @NotBlank @Size(max = 10000) String body) {
}
