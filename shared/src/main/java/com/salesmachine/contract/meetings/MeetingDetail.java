package com.salesmachine.contract.meetings;

import com.salesmachine.contract.prospects.Message;
import com.salesmachine.contract.prospects.ProspectSummary;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Output of {@code getMeeting}: the {@link Meeting} fields plus the prospect and recent messages. */
public record MeetingDetail(
    @NotNull UUID id,
    @NotNull UUID prospectId,
    @NotBlank String prospectName,
    @NotBlank String companyName,
    UUID campaignId,
    @NotBlank String title,
    @NotNull Instant scheduledAt,
    int durationMinutes,
    String meetingLink,
    @NotNull MeetingStatus status,
    String notes,
    String cancellationReason,
    @NotNull ProspectSummary prospect,
    @NotNull List<Message> recentMessages) {
}
