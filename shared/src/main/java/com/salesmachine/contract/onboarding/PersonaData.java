package com.salesmachine.contract.onboarding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Data of onboarding step {@code persona}. */
public record PersonaData(
    @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> jobTitles,
    @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> seniorities) {
}
