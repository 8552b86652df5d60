package com.salesmachine.contract.prospects;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Input of {@code getProspect}. */
public record GetProspectInput(@NotNull UUID id) {
}
