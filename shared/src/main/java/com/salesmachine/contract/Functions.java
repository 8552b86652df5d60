package com.salesmachine.contract;

import static com.salesmachine.contract.Access.INTEGRATION;
import static com.salesmachine.contract.Access.PUBLIC;
import static com.salesmachine.contract.Access.USER;

import com.salesmachine.contract.account.AuthResult;
import com.salesmachine.contract.account.ChangePasswordInput;
import com.salesmachine.contract.account.DataExport;
import com.salesmachine.contract.account.DeleteAccountInput;
import com.salesmachine.contract.account.LoginInput;
import com.salesmachine.contract.account.RevokedResult;
import com.salesmachine.contract.account.SessionItem;
import com.salesmachine.contract.account.Settings;
import com.salesmachine.contract.account.SignupInput;
import com.salesmachine.contract.account.UpdateMeInput;
import com.salesmachine.contract.account.UpdateSettingsInput;
import com.salesmachine.contract.account.User;
import com.salesmachine.contract.campaigns.Campaign;
import com.salesmachine.contract.campaigns.CampaignFigures;
import com.salesmachine.contract.campaigns.CampaignFiguresInput;
import com.salesmachine.contract.campaigns.CreateCampaignInput;
import com.salesmachine.contract.campaigns.GetCampaignInput;
import com.salesmachine.contract.campaigns.ListCampaignsInput;
import com.salesmachine.contract.campaigns.UpdateCampaignInput;
import com.salesmachine.contract.common.DeletedResult;
import com.salesmachine.contract.common.Empty;
import com.salesmachine.contract.common.Health;
import com.salesmachine.contract.common.ItemsResult;
import com.salesmachine.contract.common.OkResult;
import com.salesmachine.contract.common.Page;
import com.salesmachine.contract.dashboard.ActivityEvent;
import com.salesmachine.contract.dashboard.ActivityPerDay;
import com.salesmachine.contract.dashboard.ActivityPerDayInput;
import com.salesmachine.contract.dashboard.ActivityStreamInput;
import com.salesmachine.contract.dashboard.DashboardPipelineInput;
import com.salesmachine.contract.dashboard.DashboardStats;
import com.salesmachine.contract.dashboard.FunnelReport;
import com.salesmachine.contract.dashboard.FunnelReportInput;
import com.salesmachine.contract.dashboard.PipelineStages;
import com.salesmachine.contract.dashboard.ReplyRate;
import com.salesmachine.contract.dashboard.ReplyRateInput;
import com.salesmachine.contract.integration.ClaimOutboundInput;
import com.salesmachine.contract.integration.ClaimOutboundResult;
import com.salesmachine.contract.integration.IngestEnrichmentInput;
import com.salesmachine.contract.integration.IngestEnrichmentResult;
import com.salesmachine.contract.integration.IngestProspectsInput;
import com.salesmachine.contract.integration.IngestProspectsResult;
import com.salesmachine.contract.integration.RecordConnectionStatusInput;
import com.salesmachine.contract.integration.RecordInboundReplyInput;
import com.salesmachine.contract.integration.RecordMeetingBookedInput;
import com.salesmachine.contract.integration.RecordWarmupInput;
import com.salesmachine.contract.integration.ReportDeliveryInput;
import com.salesmachine.contract.meetings.CancelMeetingInput;
import com.salesmachine.contract.meetings.GetMeetingInput;
import com.salesmachine.contract.meetings.ListMeetingsInput;
import com.salesmachine.contract.meetings.Meeting;
import com.salesmachine.contract.meetings.MeetingDetail;
import com.salesmachine.contract.onboarding.CompleteOnboardingInput;
import com.salesmachine.contract.onboarding.OnboardingStatus;
import com.salesmachine.contract.onboarding.SaveOnboardingStepInput;
import com.salesmachine.contract.prospects.BulkAssignProspectsInput;
import com.salesmachine.contract.prospects.BulkChangeResult;
import com.salesmachine.contract.prospects.BulkDeleteProspectsInput;
import com.salesmachine.contract.prospects.BulkSetProspectStatusInput;
import com.salesmachine.contract.prospects.BulkSetProspectVipInput;
import com.salesmachine.contract.prospects.CreateProspectInput;
import com.salesmachine.contract.prospects.DeleteProspectInput;
import com.salesmachine.contract.prospects.DeleteSavedViewInput;
import com.salesmachine.contract.prospects.ExportProspectsInput;
import com.salesmachine.contract.prospects.ExportProspectsPage;
import com.salesmachine.contract.prospects.GetProspectInput;
import com.salesmachine.contract.prospects.ImportProspectsInput;
import com.salesmachine.contract.prospects.ImportProspectsResult;
import com.salesmachine.contract.prospects.ListProspectsInput;
import com.salesmachine.contract.prospects.Prospect;
import com.salesmachine.contract.prospects.ProspectPage;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.contract.prospects.SaveViewInput;
import com.salesmachine.contract.prospects.SavedView;
import com.salesmachine.contract.prospects.UpdateProspectInput;
import com.salesmachine.contract.review.ApproveMessageInput;
import com.salesmachine.contract.review.BulkApproveInput;
import com.salesmachine.contract.review.BulkApproveResult;
import com.salesmachine.contract.review.BulkRejectInput;
import com.salesmachine.contract.review.BulkRejectResult;
import com.salesmachine.contract.review.EditMessageInput;
import com.salesmachine.contract.review.ListReviewQueueInput;
import com.salesmachine.contract.review.RejectMessageInput;
import com.salesmachine.contract.review.ReviewItem;
import com.salesmachine.contract.templates.CreateTemplateInput;
import com.salesmachine.contract.templates.DeleteTemplateInput;
import com.salesmachine.contract.templates.ListTemplatesInput;
import com.salesmachine.contract.templates.PreviewTemplateInput;
import com.salesmachine.contract.templates.RenderedTemplate;
import com.salesmachine.contract.templates.Template;
import com.salesmachine.contract.templates.UpdateTemplateInput;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every function of the catalogue (functions.md), in catalogue order: name, access class, input, output.
 * The server checks its function beans against this list at startup; the TypeScript types are generated from it.
 */
public final class Functions {

  public static final List<FunctionSpec> ALL = List.of(
      // Platform
      new FunctionSpec("health", PUBLIC, null, Health.class),
      // Account and sessions
      fn("signup", PUBLIC, SignupInput.class, AuthResult.class),
      fn("login", PUBLIC, LoginInput.class, AuthResult.class),
      fn("logout", USER, Empty.class, RevokedResult.class),
      fn("logoutEverywhere", USER, Empty.class, RevokedResult.class),
      fn("listSessions", USER, Empty.class, itemsOf(SessionItem.class)),
      fn("me", USER, Empty.class, User.class),
      fn("updateMe", USER, UpdateMeInput.class, User.class),
      fn("changePassword", USER, ChangePasswordInput.class, OkResult.class),
      fn("getSettings", USER, Empty.class, Settings.class),
      fn("updateSettings", USER, UpdateSettingsInput.class, Settings.class),
      fn("exportMyData", USER, Empty.class, DataExport.class),
      fn("deleteAccount", USER, DeleteAccountInput.class, DeletedResult.class),
      // Onboarding
      fn("onboardingStatus", USER, Empty.class, OnboardingStatus.class),
      fn("saveOnboardingStep", USER, SaveOnboardingStepInput.class, OnboardingStatus.class),
      fn("completeOnboarding", USER, CompleteOnboardingInput.class, Campaign.class),
      // Campaigns
      fn("listCampaigns", USER, ListCampaignsInput.class, itemsOf(Campaign.class)),
      fn("createCampaign", USER, CreateCampaignInput.class, Campaign.class),
      fn("getCampaign", USER, GetCampaignInput.class, Campaign.class),
      fn("updateCampaign", USER, UpdateCampaignInput.class, Campaign.class),
      fn("campaignFigures", USER, CampaignFiguresInput.class, itemsOf(CampaignFigures.class)),
      // Prospects
      fn("listProspects", USER, ListProspectsInput.class, ProspectPage.class),
      fn("getProspect", USER, GetProspectInput.class, Prospect.class),
      fn("createProspect", USER, CreateProspectInput.class, ProspectSummary.class),
      fn("updateProspect", USER, UpdateProspectInput.class, ProspectSummary.class),
      fn("deleteProspect", USER, DeleteProspectInput.class, DeletedResult.class),
      fn("bulkSetProspectStatus", USER, BulkSetProspectStatusInput.class, BulkChangeResult.class),
      fn("bulkSetProspectVip", USER, BulkSetProspectVipInput.class, BulkChangeResult.class),
      fn("bulkAssignProspects", USER, BulkAssignProspectsInput.class, BulkChangeResult.class),
      fn("bulkDeleteProspects", USER, BulkDeleteProspectsInput.class, BulkChangeResult.class),
      fn("importProspects", USER, ImportProspectsInput.class, ImportProspectsResult.class),
      fn("exportProspects", USER, ExportProspectsInput.class, ExportProspectsPage.class),
      fn("listSavedViews", USER, Empty.class, itemsOf(SavedView.class)),
      fn("saveView", USER, SaveViewInput.class, SavedView.class),
      fn("deleteSavedView", USER, DeleteSavedViewInput.class, DeletedResult.class),
      // Review queue
      fn("listReviewQueue", USER, ListReviewQueueInput.class, pageOf(ReviewItem.class)),
      fn("approveMessage", USER, ApproveMessageInput.class, ReviewItem.class),
      fn("editMessage", USER, EditMessageInput.class, ReviewItem.class),
      fn("rejectMessage", USER, RejectMessageInput.class, ReviewItem.class),
      fn("bulkApprove", USER, BulkApproveInput.class, BulkApproveResult.class),
      fn("bulkReject", USER, BulkRejectInput.class, BulkRejectResult.class),
      // Meetings, dashboard, templates
      fn("listMeetings", USER, ListMeetingsInput.class, pageOf(Meeting.class)),
      fn("getMeeting", USER, GetMeetingInput.class, MeetingDetail.class),
      fn("cancelMeeting", USER, CancelMeetingInput.class, Meeting.class),
      fn("dashboardStats", USER, Empty.class, DashboardStats.class),
      fn("dashboardPipeline", USER, DashboardPipelineInput.class, PipelineStages.class),
      fn("activityStream", USER, ActivityStreamInput.class, pageOf(ActivityEvent.class)),
      fn("activityPerDay", USER, ActivityPerDayInput.class, ActivityPerDay.class),
      fn("funnelReport", USER, FunnelReportInput.class, FunnelReport.class),
      fn("replyRate", USER, ReplyRateInput.class, ReplyRate.class),
      fn("listTemplates", USER, ListTemplatesInput.class, itemsOf(Template.class)),
      fn("createTemplate", USER, CreateTemplateInput.class, Template.class),
      fn("updateTemplate", USER, UpdateTemplateInput.class, Template.class),
      fn("deleteTemplate", USER, DeleteTemplateInput.class, DeletedResult.class),
      fn("previewTemplate", USER, PreviewTemplateInput.class, RenderedTemplate.class),
      // Integration (the workflow engine)
      fn("ingestProspects", INTEGRATION, IngestProspectsInput.class, IngestProspectsResult.class),
      fn("ingestEnrichment", INTEGRATION, IngestEnrichmentInput.class, IngestEnrichmentResult.class),
      fn("recordWarmup", INTEGRATION, RecordWarmupInput.class, OkResult.class),
      fn("recordConnectionStatus", INTEGRATION, RecordConnectionStatusInput.class, OkResult.class),
      fn("recordInboundReply", INTEGRATION, RecordInboundReplyInput.class, OkResult.class),
      fn("recordMeetingBooked", INTEGRATION, RecordMeetingBookedInput.class, OkResult.class),
      fn("claimOutbound", INTEGRATION, ClaimOutboundInput.class, ClaimOutboundResult.class),
      fn("reportDelivery", INTEGRATION, ReportDeliveryInput.class, OkResult.class));

  private static final Map<String, FunctionSpec> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(FunctionSpec::name, Function.identity()));

  private Functions() {
  }

  /** The function with this exact name, if the catalogue has one. */
  public static Optional<FunctionSpec> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** {@code Page<T>} as a reflective type. */
  public static Type pageOf(Class<?> item) {
    return GenericType.of(Page.class, item);
  }

  /** {@code ItemsResult<T>} as a reflective type. */
  public static Type itemsOf(Class<?> item) {
    return GenericType.of(ItemsResult.class, item);
  }

  private static FunctionSpec fn(String name, Access access, Class<?> input, Type output) {
    return new FunctionSpec(name, access, input, output);
  }
}
