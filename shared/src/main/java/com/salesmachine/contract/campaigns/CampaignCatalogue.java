package com.salesmachine.contract.campaigns;

import static com.salesmachine.contract.Access.USER;
import static com.salesmachine.contract.FunctionSpec.post;
import static com.salesmachine.contract.FunctionSpec.itemsOf;
import static com.salesmachine.contract.common.ErrorCode.CONFLICT;
import static com.salesmachine.contract.common.ErrorCode.NOT_FOUND;

import com.salesmachine.contract.FunctionSpec;
import java.util.List;

/** The campaign functions of the catalogue. Adding one is a line here, its record(s) beside it, its bean and its tests. */
public final class CampaignCatalogue {

  public static final List<FunctionSpec> FUNCTIONS = List.of(
      post("listCampaigns", USER, ListCampaignsInput.class, itemsOf(Campaign.class)),
      post("createCampaign", USER, CreateCampaignInput.class, Campaign.class),
      post("getCampaign", USER, GetCampaignInput.class, Campaign.class, NOT_FOUND),
      post("updateCampaign", USER, UpdateCampaignInput.class, Campaign.class, NOT_FOUND, CONFLICT),
      post("campaignFigures", USER, CampaignFiguresInput.class, itemsOf(CampaignFigures.class), NOT_FOUND));

  private CampaignCatalogue() {
  }
}
