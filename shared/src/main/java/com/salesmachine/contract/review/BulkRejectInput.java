package com.salesmachine.contract.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Input of {@code bulkReject}: one reason for every item. */
public record BulkRejectInput(@NotNull @Size(min = 1, max = 100) List<@NotNull UUID> ids, @Size(max = 2000) String reason) {
}
