package com.salesmachine.contract.integration;

import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.prospects.ProspectSummary;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** One leased outbound message for the workflow engine to send. */
public record OutboundItem(
    @NotNull UUID messageId,
    @NotNull UUID userId,
    @NotNull ProspectSummary prospect,
    @NotNull Channel channel,
    String subject,
    @NotNull String text) {
}
