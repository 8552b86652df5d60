package com.salesmachine.contract.dashboard;

import java.util.UUID;

/** Input of {@code dashboardPipeline}; null campaignId counts every prospect. */
public record DashboardPipelineInput(UUID campaignId) {
}
