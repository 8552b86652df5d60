package com.salesmachine.contract.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Input of {@code listMeetings}. */
public record ListMeetingsInput(
    @NotNull MeetingWhen when,
    @Min(1) @Max(100) Integer limit,
    @Size(max = 1000) String cursor) {
}
