package com.salesmachine.contract.prospects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** A named view of the prospects list: the filter and sort it restores. */
public record SavedView(
    @NotNull UUID id,
    @NotBlank String name,
    @NotNull ProspectFilter filter,
    @NotNull ProspectSort sort,
    @NotNull Instant createdAt) {
}
