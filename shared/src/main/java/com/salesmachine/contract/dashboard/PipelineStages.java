package com.salesmachine.contract.dashboard;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Output of {@code dashboardPipeline}: every status, in pipeline order, zeros included. */
public record PipelineStages(@NotNull List<PipelineStage> stages) {
}
