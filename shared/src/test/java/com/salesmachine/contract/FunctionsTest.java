package com.salesmachine.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.contract.common.Empty;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FunctionsTest {

  /** Copied by hand from functions.md, in catalogue order. */
  private static final List<String> CATALOGUE = List.of(
      "health",
      "signup", "login", "logout", "logoutEverywhere", "listSessions", "me", "updateMe", "changePassword",
      "getSettings", "updateSettings", "exportMyData", "deleteAccount",
      "onboardingStatus", "saveOnboardingStep", "completeOnboarding",
      "listCampaigns", "createCampaign", "getCampaign", "updateCampaign", "campaignFigures",
      "listProspects", "getProspect", "createProspect", "updateProspect", "deleteProspect",
      "bulkSetProspectStatus", "bulkSetProspectVip", "bulkAssignProspects", "bulkDeleteProspects",
      "importProspects", "exportProspects", "listSavedViews", "saveView", "deleteSavedView",
      "listReviewQueue", "approveMessage", "editMessage", "rejectMessage", "bulkApprove", "bulkReject",
      "listMeetings", "getMeeting", "cancelMeeting",
      "dashboardStats", "dashboardPipeline", "activityStream", "activityPerDay", "funnelReport", "replyRate",
      "listTemplates", "createTemplate", "updateTemplate", "deleteTemplate", "previewTemplate",
      "ingestProspects", "ingestEnrichment", "recordWarmup", "recordConnectionStatus", "recordInboundReply",
      "recordMeetingBooked", "claimOutbound", "reportDelivery");

  private static final List<String> PUBLIC = List.of("health", "signup", "login");
  private static final List<String> INTEGRATION = List.of("ingestProspects", "ingestEnrichment", "recordWarmup",
      "recordConnectionStatus", "recordInboundReply", "recordMeetingBooked", "claimOutbound", "reportDelivery");

  @Test
  void listsEveryCatalogueFunctionExactlyOnceInCatalogueOrder() {
    assertThat(Functions.ALL.stream().map(FunctionSpec::name).toList()).isEqualTo(CATALOGUE);
  }

  @Test
  void accessClassesFollowTheCatalogue() {
    for (FunctionSpec function : Functions.ALL) {
      Access expected = PUBLIC.contains(function.name()) ? Access.PUBLIC
          : INTEGRATION.contains(function.name()) ? Access.INTEGRATION : Access.USER;
      assertThat(function.access()).as(function.name()).isEqualTo(expected);
    }
  }

  @Test
  void healthIsTheOnlySupplier() {
    assertThat(Functions.ALL.stream().filter(FunctionSpec::isSupplier).map(FunctionSpec::name).toList())
        .containsExactly("health");
  }

  @Test
  void everyInputIsNamedAfterItsFunctionOrIsEmpty() {
    for (FunctionSpec function : Functions.ALL) {
      if (function.isSupplier() || function.input() == Empty.class) {
        continue;
      }
      String pascal = Character.toUpperCase(function.name().charAt(0)) + function.name().substring(1);
      assertThat(function.input().getSimpleName()).as(function.name()).isEqualTo(pascal + "Input");
    }
  }

  @Test
  void integrationInputsNameTheUserTheyActForExceptTheOutboxPair() {
    for (FunctionSpec function : Functions.ALL) {
      if (function.access() != Access.INTEGRATION) {
        continue;
      }
      boolean hasUserId = Arrays.stream(function.input().getRecordComponents())
          .anyMatch(c -> c.getName().equals("userId") && c.getType() == UUID.class);
      boolean outbox = function.name().equals("claimOutbound") || function.name().equals("reportDelivery");
      assertThat(hasUserId).as(function.name()).isEqualTo(!outbox);
    }
  }

  @Test
  void functionsTakingNoFieldsTakeEmpty() {
    List<String> empty = Functions.ALL.stream().filter(f -> f.input() == Empty.class).map(FunctionSpec::name).toList();

    assertThat(empty).containsExactly("logout", "logoutEverywhere", "listSessions", "me", "getSettings",
        "exportMyData", "onboardingStatus", "listSavedViews", "dashboardStats");
  }

  @Test
  void pagedFunctionsAnswerWithAPageAndLookupsFindByName() {
    assertThat(Functions.named("listReviewQueue").orElseThrow().output().getTypeName())
        .isEqualTo("com.salesmachine.contract.common.Page<com.salesmachine.contract.review.ReviewItem>");
    assertThat(Functions.named("listReviewQueue").orElseThrow().outputClass().getSimpleName()).isEqualTo("Page");
    // listProspects' page also carries the total for the filter
    assertThat(Functions.named("listProspects").orElseThrow().outputClass().getSimpleName()).isEqualTo("ProspectPage");
    assertThat(Functions.named("nope")).isEmpty();
  }

  @Test
  void pagedInputsAcceptLimitAndCursor() {
    for (FunctionSpec function : Functions.ALL) {
      if (function.outputClass().getSimpleName().endsWith("Page")) {
        List<String> names = Arrays.stream(function.input().getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(names).as(function.name()).contains("limit", "cursor");
      }
    }
  }
}
