package com.salesmachine.campaigns;

import com.salesmachine.contract.campaigns.CampaignStatus;

import static com.salesmachine.contract.campaigns.CampaignStatus.ACTIVE;
import static com.salesmachine.contract.campaigns.CampaignStatus.ARCHIVED;
import static com.salesmachine.contract.campaigns.CampaignStatus.COMPLETED;
import static com.salesmachine.contract.campaigns.CampaignStatus.DRAFT;
import static com.salesmachine.contract.campaigns.CampaignStatus.PAUSED;

/**
 * Where a campaign may go from where it is: draft->active, active<->paused, active/paused->completed,
 * any->archived. Asking for the status it already has is not a move and is allowed (a client may send
 * the whole campaign back with one field changed).
 */
final class CampaignStatusMachine {

    private CampaignStatusMachine() {
    }

    static boolean allows(CampaignStatus from, CampaignStatus to) {
        if (from == to || to == ARCHIVED) {
            return true;
        }
        return switch (from) {
            case DRAFT -> to == ACTIVE;
            case ACTIVE -> to == PAUSED || to == COMPLETED;
            case PAUSED -> to == ACTIVE || to == COMPLETED;
            case COMPLETED, ARCHIVED -> false;
        };
    }
}
