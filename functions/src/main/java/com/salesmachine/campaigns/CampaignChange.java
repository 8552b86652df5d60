package com.salesmachine.campaigns;

import com.salesmachine.contract.campaigns.Campaign;
import com.salesmachine.contract.campaigns.CampaignStatus;
import com.salesmachine.contract.campaigns.UpdateCampaignInput;
import com.salesmachine.platform.ApiException;

/** A partial update applied to a campaign: null fields stay, the status moves only as the machine allows. */
final class CampaignChange {

    private CampaignChange() {
    }

    static Campaign apply(Campaign current, UpdateCampaignInput input) {
        CampaignStatus status = input.status() == null ? current.status() : input.status();
        if (!CampaignStatusMachine.allows(current.status(), status)) {
            throw ApiException.conflict("A " + Campaigns.dbValue(current.status()) + " campaign cannot become "
                    + Campaigns.dbValue(status));
        }
        var channels = input.channels() == null ? current.channels() : input.channels();
        if (status == CampaignStatus.ACTIVE && current.status() != CampaignStatus.ACTIVE && channels != null
                && !channels.anyChannel()) {
            // a campaign saved without a channel before the rule existed cannot start either
            throw ApiException.validation("channels", "must include at least one channel");
        }
        return new Campaign(
                current.id(),
                input.name() == null ? current.name() : input.name(),
                input.description() == null ? current.description() : input.description(),
                status,
                input.icpCriteria() == null ? current.icpCriteria() : input.icpCriteria(),
                channels,
                input.dailySendLimit() == null ? current.dailySendLimit() : input.dailySendLimit(),
                current.createdAt(),
                current.updatedAt(),
                current.stats());
    }
}
