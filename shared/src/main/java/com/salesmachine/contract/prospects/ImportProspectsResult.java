package com.salesmachine.contract.prospects;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Output of {@code importProspects} for one chunk: created + duplicates + errors.size() = rows sent. A duplicate is
 * a row whose LinkedIn URL (normalised) or e-mail (case-insensitive) the caller already has, or an earlier row of the
 * same chunk has.
 */
public record ImportProspectsResult(int created, int duplicates, @NotNull List<ImportRowError> errors) {
}
