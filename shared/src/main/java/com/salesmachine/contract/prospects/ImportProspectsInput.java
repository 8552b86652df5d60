package com.salesmachine.contract.prospects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Input of {@code importProspects}: one chunk (1-500 rows) of a CSV the browser parsed. {@code firstRow} is the file
 * row number of the chunk's first row (errors name file rows); {@code campaignId} (one of the caller's) is where
 * the created prospects go.
 */
public record ImportProspectsInput(
    UUID campaignId,
    @NotNull @Min(1) @Max(10_000_000) Integer firstRow,
    @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid ImportRow> rows) {
}
