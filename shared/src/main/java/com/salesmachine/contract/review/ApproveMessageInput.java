package com.salesmachine.contract.review;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Input of {@code approveMessage}. */
public record ApproveMessageInput(@NotNull UUID id) {
}
