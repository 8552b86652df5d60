package com.salesmachine.contract.prospects;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Input of {@code deleteSavedView}. */
public record DeleteSavedViewInput(@NotNull UUID id) {
}
