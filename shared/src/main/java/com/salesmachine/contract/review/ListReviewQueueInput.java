package com.salesmachine.contract.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Input of {@code listReviewQueue}; status defaults to pending, limit to 50. */
public record ListReviewQueueInput(
    ReviewStatus status,
    @Min(1) @Max(100) Integer limit,
    @Size(max = 1000) String cursor) {
}
