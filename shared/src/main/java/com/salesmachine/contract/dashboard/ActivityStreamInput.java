package com.salesmachine.contract.dashboard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Input of {@code activityStream} (newest first). */
public record ActivityStreamInput(@Min(1) @Max(100) Integer limit, @Size(max = 1000) String cursor) {
}
