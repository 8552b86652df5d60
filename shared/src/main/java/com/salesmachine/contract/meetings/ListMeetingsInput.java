package com.salesmachine.contract.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Input of {@code listMeetings}; campaignId keeps that campaign's meetings. */
public record ListMeetingsInput(
    @NotNull MeetingWhen when,
    @Min(1) @Max(100) Integer limit,
    @Size(max = 1000) String cursor,
    UUID campaignId) {
}
