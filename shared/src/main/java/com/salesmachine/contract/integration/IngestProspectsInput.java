package com.salesmachine.contract.integration;

import com.salesmachine.contract.prospects.CreateProspectInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Input of {@code ingestProspects}. The items are deliberately not cascaded (@Valid): the server validates each
 * item on its own so one bad item never sinks the batch; an item's campaignId overrides the batch's.
 */
public record IngestProspectsInput(
    @NotNull UUID userId,
    UUID campaignId,
    @NotNull @Size(min = 1, max = 500) List<@NotNull CreateProspectInput> prospects) {
}
