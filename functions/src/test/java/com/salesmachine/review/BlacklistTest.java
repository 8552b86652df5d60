package com.salesmachine.review;

import com.salesmachine.platform.ApiException;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlacklistTest {

    @Test
    void systemTopicsAreFoundWholeWordAndCaseInsensitive() {
        assertThat(Blacklist.blockedTopics("We GUARANTEE it, at the lowest price.", List.of()))
                .containsExactly("pricing_promise", "guarantee");
        assertThat(Blacklist.blockedTopics("Our discountless offer is unguaranteed", List.of())).isEmpty();
    }

    @Test
    void userTermsAreReportedAsWrittenAfterTheSystemTopics() {
        assertThat(Blacklist.blockedTopics("Unlike Globex, we guarantee uptime", List.of(" Globex ", "Initech", "")))
                .containsExactly("guarantee", "Globex");
    }

    @Test
    void anEmptyTextHitsNothing() {
        assertThat(Blacklist.blockedTopics(null, List.of("x"))).isEmpty();
        assertThat(Blacklist.blockedTopics("  ", List.of("x"))).isEmpty();
    }

    @Test
    void anEditHittingTheBlacklistIsAValidationErrorOnTheMessage() {
        assertThatThrownBy(() -> ReviewDecisions.rejectBlacklisted(null, "It is risk-free!", List.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.details()).singleElement().satisfies(d -> {
                        assertThat(d.field()).isEqualTo("message");
                        assertThat(d.issue()).contains("guarantee");
                    });
                });
        assertThatThrownBy(() -> ReviewDecisions.rejectBlacklisted("50% off", "Hello", List.of()))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.details().getFirst().field()).isEqualTo("subject"));
    }

    @Test
    void aCleanEditPasses() {
        ReviewDecisions.rejectBlacklisted("Idea", "Would a call help?", List.of("Globex"));
    }
}
