package com.salesmachine.prospects;

import com.salesmachine.contract.meetings.Meeting;
import com.salesmachine.contract.prospects.Message;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.contract.prospects.WarmupProgress;
import com.salesmachine.contract.review.ReviewItem;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * The parts of getProspect that other packages own. Those packages sit above prospects (they show prospect
 * summaries), so prospects asks through these interfaces, which they implement, instead of importing them.
 */
public final class ProspectStory {

    private ProspectStory() {
    }

    /** outreach: the conversation and the warm-up. */
    public interface Conversation {

        /** Every message with the prospect, oldest first. */
        Mono<List<Message>> messages(UUID userId, UUID prospectId);

        /** The warm-up, if one was started. */
        Mono<Optional<WarmupProgress>> warmup(UUID userId, UUID prospectId);
    }

    /** meetings: every meeting with the prospect, soonest first. */
    public interface Meetings {
        Mono<List<Meeting>> meetingsWith(UUID userId, ProspectSummary prospect);
    }

    /** review: the prospect's pending review items, in queue order. */
    public interface PendingReviews {
        Mono<List<ReviewItem>> pendingFor(UUID userId, ProspectSummary prospect);
    }
}
