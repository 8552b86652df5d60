package com.salesmachine.contract.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Input of {@code bulkApprove}. */
public record BulkApproveInput(@NotNull @Size(min = 1, max = 100) List<@NotNull UUID> ids) {
}
