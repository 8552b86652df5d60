package com.salesmachine.contract.integration;

import com.salesmachine.contract.common.ErrorCode;
import jakarta.validation.constraints.NotNull;

/** One item of an ingestProspects batch that was not stored: its index, the error code, the offending field. */
public record RejectedProspect(int index, @NotNull ErrorCode code, String field) {
}
