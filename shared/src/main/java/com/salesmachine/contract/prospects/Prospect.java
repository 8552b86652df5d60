package com.salesmachine.contract.prospects;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.salesmachine.contract.meetings.Meeting;
import com.salesmachine.contract.review.ReviewItem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A prospect with everything about it: the {@link ProspectSummary} fields plus details. */
public record Prospect(
    @NotNull UUID id,
    UUID campaignId,
    @NotBlank String fullName,
    String jobTitle,
    @NotBlank String companyName,
    @NotNull ProspectStatus status,
    @JsonProperty("isVip") boolean isVip,
    String linkedinUrl,
    String email,
    Instant lastActivityAt,
    @NotNull Instant createdAt,
    String location,
    String vipReason,
    String source,
    Enrichment enrichment,
    @NotNull List<Message> messages,
    @NotNull List<Meeting> meetings,
    @NotNull List<ReviewItem> pendingReviews,
    WarmupProgress warmup) {
}
