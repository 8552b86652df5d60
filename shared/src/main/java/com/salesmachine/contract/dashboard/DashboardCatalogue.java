package com.salesmachine.contract.dashboard;

import static com.salesmachine.contract.Access.USER;
import static com.salesmachine.contract.FunctionSpec.post;
import static com.salesmachine.contract.FunctionSpec.pageOf;
import static com.salesmachine.contract.common.ErrorCode.NOT_FOUND;

import com.salesmachine.contract.common.Empty;
import com.salesmachine.contract.FunctionSpec;
import java.util.List;

/** The dashboard functions of the catalogue. Adding one is a line here, its record(s) beside it, its bean and its tests. */
public final class DashboardCatalogue {

  public static final List<FunctionSpec> FUNCTIONS = List.of(
      post("dashboardStats", USER, Empty.class, DashboardStats.class),
      post("dashboardPipeline", USER, DashboardPipelineInput.class, PipelineStages.class, NOT_FOUND),
      post("activityStream", USER, ActivityStreamInput.class, pageOf(ActivityEvent.class)),
      post("activityPerDay", USER, ActivityPerDayInput.class, ActivityPerDay.class),
      post("funnelReport", USER, FunnelReportInput.class, FunnelReport.class),
      post("replyRate", USER, ReplyRateInput.class, ReplyRate.class));

  private DashboardCatalogue() {
  }
}
