package com.salesmachine.contract.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Input of {@code listReviewQueue}; status defaults to pending, limit to 50; campaignId keeps the items of that campaign's prospects. */
public record ListReviewQueueInput(
    ReviewStatus status,
    @Min(1) @Max(100) Integer limit,
    @Size(max = 1000) String cursor,
    UUID campaignId) {
}
