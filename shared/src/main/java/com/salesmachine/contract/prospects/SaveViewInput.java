package com.salesmachine.contract.prospects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Input of {@code saveView}: saving under a name the caller already uses replaces that view. At most 50 views. */
public record SaveViewInput(
    @NotBlank @Size(max = 100) String name,
    @NotNull @Valid ProspectFilter filter,
    ProspectSort sort) {
}
