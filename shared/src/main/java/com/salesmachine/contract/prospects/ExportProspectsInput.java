package com.salesmachine.contract.prospects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Input of {@code exportProspects}: the selection (ids or a filter; {@code {filter: {}}} is everything) and a keyset
 * page of it (limit defaults to 500, at most 1000), newest first.
 */
public record ExportProspectsInput(
    @NotNull @Valid ProspectSelection selection,
    @Min(1) @Max(1000) Integer limit,
    @Size(max = 1000) String cursor) {
}
