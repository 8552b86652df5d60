package com.salesmachine.contract.dashboard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Output of {@code replyRate}: every week of the range oldest first, zeros included. */
public record ReplyRate(@NotBlank String timezone, @NotNull List<WeekRate> weeks) {
}
