package com.salesmachine.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.account.UserRules;
import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.integration.DraftMessage;
import com.salesmachine.contract.integration.DraftRoute;
import com.salesmachine.contract.review.MessageType;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DraftRoutingTest {

    static UserRules autopilot(int threshold, List<String> terms) {
        return new UserRules(UUID.randomUUID(), "UTC", threshold, 20, true, 7, 40, terms);
    }

    static DraftMessage draft(String text, int confidence) {
        return new DraftMessage(MessageType.INITIAL_OUTREACH, Channel.EMAIL, "Hello", text, confidence, null);
    }

    @Test
    void aConfidentSafeDraftForANormalProspectOnAutopilotGoesToTheOutbox() {
        assertThat(DraftRouting.decide(draft("Loved your talk on logistics.", 80), false, autopilot(80, List.of())).route())
                .isEqualTo(DraftRoute.OUTBOX);
    }

    @Test
    void aDraftBelowTheThresholdGoesToReview() {
        assertThat(DraftRouting.decide(draft("Loved your talk.", 79), false, autopilot(80, List.of())).route())
                .isEqualTo(DraftRoute.REVIEW);
    }

    @Test
    void aDraftForAVipGoesToReviewWhateverItsConfidence() {
        assertThat(DraftRouting.decide(draft("Loved your talk.", 100), true, autopilot(0, List.of())).route())
                .isEqualTo(DraftRoute.REVIEW);
    }

    @Test
    void aBlacklistedDraftIsNeverAutoApprovedAndNamesItsTopics() {
        DraftRouting routing = DraftRouting.decide(draft("We guarantee results, unlike Initech.", 100), false,
                autopilot(0, List.of("Initech")));
        assertThat(routing.route()).isEqualTo(DraftRoute.REVIEW);
        assertThat(routing.blockedTopics()).containsExactly("guarantee", "Initech");
    }

    @Test
    void semiAutomaticModeSendsEveryDraftToReview() {
        UserRules semi = new UserRules(UUID.randomUUID(), "UTC", 0, 20, false, 7, 40, List.of());
        assertThat(DraftRouting.decide(draft("Loved your talk.", 100), false, semi).route()).isEqualTo(DraftRoute.REVIEW);
    }
}
