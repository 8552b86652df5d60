package com.salesmachine.contract.dashboard;

import com.salesmachine.contract.prospects.ProspectStatus;
import jakarta.validation.constraints.NotNull;

/** Number of prospects in one status. */
public record PipelineStage(@NotNull ProspectStatus status, int count) {
}
