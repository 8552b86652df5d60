package com.salesmachine.contract.integration;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Output of {@code ingestProspects}: partial success. */
public record IngestProspectsResult(int created, int duplicates, @NotNull List<RejectedProspect> rejected) {
}
