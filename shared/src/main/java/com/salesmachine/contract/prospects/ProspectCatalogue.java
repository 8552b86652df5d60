package com.salesmachine.contract.prospects;

import static com.salesmachine.contract.Access.USER;
import static com.salesmachine.contract.FunctionSpec.post;
import static com.salesmachine.contract.FunctionSpec.pageOf;
import static com.salesmachine.contract.common.ErrorCode.CONFLICT;
import static com.salesmachine.contract.common.ErrorCode.NOT_FOUND;

import com.salesmachine.contract.common.DeletedResult;
import com.salesmachine.contract.FunctionSpec;
import java.util.List;

/** The prospect functions of the catalogue. Adding one is a line here, its record(s) beside it, its bean and its tests. */
public final class ProspectCatalogue {

  public static final List<FunctionSpec> FUNCTIONS = List.of(
      post("listProspects", USER, ListProspectsInput.class, pageOf(ProspectSummary.class)),
      post("getProspect", USER, GetProspectInput.class, Prospect.class, NOT_FOUND),
      post("createProspect", USER, CreateProspectInput.class, ProspectSummary.class, NOT_FOUND, CONFLICT),
      post("updateProspect", USER, UpdateProspectInput.class, ProspectSummary.class, NOT_FOUND),
      post("deleteProspect", USER, DeleteProspectInput.class, DeletedResult.class, NOT_FOUND));

  private ProspectCatalogue() {
  }
}
