package com.salesmachine.contract.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Input of {@code rejectMessage}. */
public record RejectMessageInput(@NotNull UUID id, @Size(max = 2000) String reason) {
}
