package com.salesmachine.contract.templates;

import com.salesmachine.contract.common.Channel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Input of {@code updateTemplate}: a partial update; a null field was not sent and stays unchanged. */
public record UpdateTemplateInput(
    @NotNull UUID id,
    @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*") String name,
    Channel channel,
    @Size(max = 200) String useCase,
    @Size(max = 500) String subject,
    @Size(min = 1, max = 10000) @Pattern(regexp = "(?s).*\\S.*") String body) {
}
