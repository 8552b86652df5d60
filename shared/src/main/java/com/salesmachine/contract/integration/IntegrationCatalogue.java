package com.salesmachine.contract.integration;

import static com.salesmachine.contract.Access.INTEGRATION;
import static com.salesmachine.contract.FunctionSpec.post;
import static com.salesmachine.contract.common.ErrorCode.CONFLICT;
import static com.salesmachine.contract.common.ErrorCode.NOT_FOUND;

import com.salesmachine.contract.common.OkResult;
import com.salesmachine.contract.FunctionSpec;
import java.util.List;

/** The integration functions of the catalogue: the workflow engine's signed calls. Adding one is a line here, its record(s) beside it, its bean and its tests. */
public final class IntegrationCatalogue {

  public static final List<FunctionSpec> FUNCTIONS = List.of(
      post("ingestProspects", INTEGRATION, IngestProspectsInput.class, IngestProspectsResult.class, NOT_FOUND),
      post("ingestEnrichment", INTEGRATION, IngestEnrichmentInput.class, IngestEnrichmentResult.class, NOT_FOUND),
      post("recordWarmup", INTEGRATION, RecordWarmupInput.class, OkResult.class, NOT_FOUND),
      post("recordConnectionStatus", INTEGRATION, RecordConnectionStatusInput.class, OkResult.class, NOT_FOUND),
      post("recordInboundReply", INTEGRATION, RecordInboundReplyInput.class, OkResult.class, NOT_FOUND),
      post("recordMeetingBooked", INTEGRATION, RecordMeetingBookedInput.class, OkResult.class, NOT_FOUND),
      post("claimOutbound", INTEGRATION, ClaimOutboundInput.class, ClaimOutboundResult.class),
      post("reportDelivery", INTEGRATION, ReportDeliveryInput.class, OkResult.class, NOT_FOUND, CONFLICT),
      post("listWork", INTEGRATION, ListWorkInput.class, ListWorkResult.class, NOT_FOUND));

  private IntegrationCatalogue() {
  }
}
