package com.salesmachine.contract.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** A booked meeting. */
public record Meeting(
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
    String cancellationReason) {
}
