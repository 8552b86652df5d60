package com.salesmachine.contract.integration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Input of {@code claimOutbound}: how many due messages to lease (5 minutes). */
public record ClaimOutboundInput(@NotNull @Min(1) @Max(100) Integer limit) {
}
