package com.salesmachine.contract.review;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** Output of {@code bulkApprove}: partial success. */
public record BulkApproveResult(@NotNull List<UUID> approved, @NotNull List<BulkApproveFailure> failed) {
}
