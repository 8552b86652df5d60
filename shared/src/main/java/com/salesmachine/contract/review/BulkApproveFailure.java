package com.salesmachine.contract.review;

import com.salesmachine.contract.common.ErrorCode;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** One item bulkApprove could not approve, and why. */
public record BulkApproveFailure(@NotNull UUID id, @NotNull ErrorCode code) {
}
