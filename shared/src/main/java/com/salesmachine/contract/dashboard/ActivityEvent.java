package com.salesmachine.contract.dashboard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** One entry of the activity stream; {@code type} is a lower_snake event name such as prospect_added. */
public record ActivityEvent(
    @NotNull UUID id,
    @NotBlank String type,
    UUID prospectId,
    @NotBlank String summary,
    @NotNull Instant at) {
}
