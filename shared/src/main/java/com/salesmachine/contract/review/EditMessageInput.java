package com.salesmachine.contract.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Input of {@code editMessage}: the edited text replaces the draft; a null subject keeps the proposed one. */
public record EditMessageInput(
    @NotNull UUID id,
    @Size(max = 500) String subject,
    @NotBlank @Size(max = 10000) String message) {
}
