package com.salesmachine.contract.prospects;

import jakarta.validation.constraints.NotBlank;

/** A row of an import that was not created: its file row number, the field at fault and why. */
public record ImportRowError(int row, @NotBlank String field, @NotBlank String message) {
}
