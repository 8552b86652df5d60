package com.salesmachine.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthScoreTest {

    @Test
    void aBrandNewAccountScoresTheNeutralSixtyFive() {
        // replies neutral 20 + empty backlog 20 + no deliveries 25 + no meetings 0
        assertThat(new HealthScore(0, 0, 0, 0, 0, 0).score()).isEqualTo(65);
    }

    @Test
    void aTwentyPercentReplyRateCleanDeliveryShortBacklogAndThreeMeetingsScoreAHundred() {
        assertThat(new HealthScore(0.20, 50, 10, 40, 0, 3).score()).isEqualTo(100);
    }

    @Test
    void replyRateAboveTheTargetEarnsNoMore() {
        assertThat(new HealthScore(0.9, 10, 0, 0, 0, 0).replies()).isEqualTo(40);
        assertThat(new HealthScore(0.10, 10, 0, 0, 0, 0).replies()).isEqualTo(20);
        assertThat(new HealthScore(0, 10, 0, 0, 0, 0).replies()).isZero();
    }

    @Test
    void theBacklogCostsPointsFromTenToFiftyPendingItems() {
        assertThat(new HealthScore(0, 0, 10, 0, 0, 0).backlog()).isEqualTo(20);
        assertThat(new HealthScore(0, 0, 30, 0, 0, 0).backlog()).isEqualTo(10);
        assertThat(new HealthScore(0, 0, 50, 0, 0, 0).backlog()).isZero();
        assertThat(new HealthScore(0, 0, 500, 0, 0, 0).backlog()).isZero();
    }

    @Test
    void failedDeliveriesCostTheirShareOfTheDeliveryPoints() {
        assertThat(new HealthScore(0, 0, 0, 3, 1, 0).delivery()).isEqualTo(18.75);
        assertThat(new HealthScore(0, 0, 0, 0, 4, 0).delivery()).isZero();
    }

    @Test
    void meetingsEarnFivePointsEachUpToFifteen() {
        assertThat(new HealthScore(0, 0, 0, 0, 0, 2).meetings()).isEqualTo(10);
        assertThat(new HealthScore(0, 0, 0, 0, 0, 9).meetings()).isEqualTo(15);
    }

    @Test
    void theWorstCaseIsZeroAndTheScoreStaysWithinBounds() {
        assertThat(new HealthScore(0, 100, 1000, 0, 50, 0).score()).isZero();
        assertThat(new HealthScore(5.0, 1, -3, 0, 0, 99).score()).isEqualTo(100);
    }

    @Test
    void theScoreIsRoundedToTheNearestWholePoint() {
        // 40*0.05/0.2=10 + 20 + 25*(2/3)=16.67 + 0 = 46.67
        assertThat(new HealthScore(0.05, 20, 0, 2, 1, 0).score()).isEqualTo(47);
    }
}
