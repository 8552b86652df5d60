package com.salesmachine.contract.review;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;

/** Output of {@code bulkReject}: partial success, like bulkApprove. */
public record BulkRejectResult(@NotNull List<UUID> rejected, @NotNull List<BulkApproveFailure> failed) {
}
