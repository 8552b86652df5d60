package com.salesmachine.contract.prospects;

import static com.salesmachine.contract.Access.USER;
import static com.salesmachine.contract.FunctionSpec.post;
import static com.salesmachine.contract.FunctionSpec.itemsOf;
import static com.salesmachine.contract.common.ErrorCode.CONFLICT;
import static com.salesmachine.contract.common.ErrorCode.NOT_FOUND;

import com.salesmachine.contract.common.DeletedResult;
import com.salesmachine.contract.common.Empty;
import com.salesmachine.contract.CallBudget;
import com.salesmachine.contract.FunctionSpec;
import java.util.List;

/** The prospect functions of the catalogue. Adding one is a line here, its record(s) beside it, its bean and its tests. */
public final class ProspectCatalogue {

  public static final List<FunctionSpec> FUNCTIONS = List.of(
      post("listProspects", USER, ListProspectsInput.class, ProspectPage.class),
      post("getProspect", USER, GetProspectInput.class, Prospect.class, NOT_FOUND),
      post("createProspect", USER, CreateProspectInput.class, ProspectSummary.class, NOT_FOUND, CONFLICT),
      post("updateProspect", USER, UpdateProspectInput.class, ProspectSummary.class, NOT_FOUND),
      post("deleteProspect", USER, DeleteProspectInput.class, DeletedResult.class, NOT_FOUND),
      post("bulkSetProspectStatus", USER, BulkSetProspectStatusInput.class, BulkChangeResult.class),
      post("bulkSetProspectVip", USER, BulkSetProspectVipInput.class, BulkChangeResult.class),
      post("bulkAssignProspects", USER, BulkAssignProspectsInput.class, BulkChangeResult.class, NOT_FOUND),
      post("bulkDeleteProspects", USER, BulkDeleteProspectsInput.class, BulkChangeResult.class),
      post("importProspects", USER, ImportProspectsInput.class, ImportProspectsResult.class, NOT_FOUND)
          .countedAgainst(CallBudget.IMPORT),
      post("exportProspects", USER, ExportProspectsInput.class, ExportProspectsPage.class),
      post("listSavedViews", USER, Empty.class, itemsOf(SavedView.class)),
      post("saveView", USER, SaveViewInput.class, SavedView.class, NOT_FOUND, CONFLICT),
      post("deleteSavedView", USER, DeleteSavedViewInput.class, DeletedResult.class, NOT_FOUND));

  private ProspectCatalogue() {
  }
}
