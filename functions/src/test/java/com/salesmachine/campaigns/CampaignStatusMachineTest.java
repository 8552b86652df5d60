package com.salesmachine.campaigns;

import com.salesmachine.contract.campaigns.CampaignStatus;

import org.junit.jupiter.api.Test;

import static com.salesmachine.contract.campaigns.CampaignStatus.ACTIVE;
import static com.salesmachine.contract.campaigns.CampaignStatus.ARCHIVED;
import static com.salesmachine.contract.campaigns.CampaignStatus.COMPLETED;
import static com.salesmachine.contract.campaigns.CampaignStatus.DRAFT;
import static com.salesmachine.contract.campaigns.CampaignStatus.PAUSED;
import static org.assertj.core.api.Assertions.assertThat;

class CampaignStatusMachineTest {

    @Test
    void aDraftCanOnlyBeStartedOrArchived() {
        assertThat(CampaignStatusMachine.allows(DRAFT, ACTIVE)).isTrue();
        assertThat(CampaignStatusMachine.allows(DRAFT, ARCHIVED)).isTrue();
        assertThat(CampaignStatusMachine.allows(DRAFT, PAUSED)).isFalse();
        assertThat(CampaignStatusMachine.allows(DRAFT, COMPLETED)).isFalse();
    }

    @Test
    void activeAndPausedSwapAndBothCanComplete() {
        assertThat(CampaignStatusMachine.allows(ACTIVE, PAUSED)).isTrue();
        assertThat(CampaignStatusMachine.allows(PAUSED, ACTIVE)).isTrue();
        assertThat(CampaignStatusMachine.allows(ACTIVE, COMPLETED)).isTrue();
        assertThat(CampaignStatusMachine.allows(PAUSED, COMPLETED)).isTrue();
        assertThat(CampaignStatusMachine.allows(ACTIVE, DRAFT)).isFalse();
        assertThat(CampaignStatusMachine.allows(PAUSED, DRAFT)).isFalse();
    }

    @Test
    void completedAndArchivedNeverComeBack() {
        for (CampaignStatus to : CampaignStatus.values()) {
            assertThat(CampaignStatusMachine.allows(COMPLETED, to)).isEqualTo(to == COMPLETED || to == ARCHIVED);
            assertThat(CampaignStatusMachine.allows(ARCHIVED, to)).isEqualTo(to == ARCHIVED);
        }
    }

    @Test
    void everyStatusCanBeArchivedAndKeepingTheSameStatusIsNoMove() {
        for (CampaignStatus from : CampaignStatus.values()) {
            assertThat(CampaignStatusMachine.allows(from, ARCHIVED)).isTrue();
            assertThat(CampaignStatusMachine.allows(from, from)).isTrue();
        }
    }
}
