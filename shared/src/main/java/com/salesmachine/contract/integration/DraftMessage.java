package com.salesmachine.contract.integration;

import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.review.MessageType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An AI draft sent along with an enrichment; routed to review or outbox by product rule 2. */
public record DraftMessage(
    @NotNull MessageType messageType,
    @NotNull Channel channel,
    @Size(max = 500) String subject,
    @NotBlank @Size(max = 10000) String message,
    @NotNull @Min(0) @Max(100) Integer confidenceScore,
    @Size(max = 10000) String reasoning) {
}
