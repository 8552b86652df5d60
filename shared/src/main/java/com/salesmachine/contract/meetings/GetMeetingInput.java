package com.salesmachine.contract.meetings;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Input of {@code getMeeting}. */
public record GetMeetingInput(@NotNull UUID id) {
}
