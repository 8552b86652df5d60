package com.salesmachine.contract.account;

import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.integration.OutboxStatus;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** One outbox row in {@link DataExport}; {@code reviewItemId} is null for drafts that skipped review. */
public record ExportedOutboundMessage(
    @NotNull UUID id,
    @NotNull UUID prospectId,
    UUID reviewItemId,
    @NotNull Channel channel,
    String subject,
    @NotNull String text,
    @NotNull OutboxStatus status,
    @NotNull Instant dueAt,
    Instant claimedAt,
    int attempts,
    Instant sentAt,
    String externalId,
    String error,
    @NotNull Instant createdAt) {
}
