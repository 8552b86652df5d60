package com.salesmachine.contract.prospects;

import com.salesmachine.contract.common.Channel;
import com.salesmachine.contract.common.Direction;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** One message of the conversation with a prospect. */
public record Message(
    @NotNull UUID id,
    @NotNull Direction direction,
    @NotNull Channel channel,
    String subject,
    @NotNull String text,
    boolean aiGenerated,
    Integer confidenceScore,
    String sentiment,
    @NotNull Instant at) {
}
