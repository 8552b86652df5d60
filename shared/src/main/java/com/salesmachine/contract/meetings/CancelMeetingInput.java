package com.salesmachine.contract.meetings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Input of {@code cancelMeeting}; only scheduled or confirmed meetings can be cancelled. */
public record CancelMeetingInput(@NotNull UUID id, @Size(max = 2000) String reason) {
}
