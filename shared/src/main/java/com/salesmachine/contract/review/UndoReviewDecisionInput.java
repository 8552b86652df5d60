package com.salesmachine.contract.review;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * Input of {@code undoReviewDecision}: puts an approved, edited or rejected item back to {@code pending}
 * while nothing has left (its outbox row is still unclaimed; a rejection within the undo window).
 */
public record UndoReviewDecisionInput(@NotNull UUID id) {
}
