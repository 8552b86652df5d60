package com.salesmachine.contract.review;

import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.prospects.ProspectSummary;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An AI-drafted message waiting for (or past) a human decision. */
public record ReviewItem(
    @NotNull UUID id,
    @NotNull ProspectSummary prospect,
    @NotNull MessageType messageType,
    @NotNull Channel channel,
    String proposedSubject,
    @NotNull String proposedMessage,
    int confidenceScore,
    String reasoning,
    @NotNull List<String> blockedTopics,
    @NotNull ReviewStatus status,
    String editedSubject,
    String editedMessage,
    String rejectionReason,
    int priority,
    @NotNull Instant createdAt,
    Instant reviewedAt) {
}
