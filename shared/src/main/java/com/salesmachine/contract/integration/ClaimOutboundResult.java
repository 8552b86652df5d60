package com.salesmachine.contract.integration;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Output of {@code claimOutbound}. */
public record ClaimOutboundResult(@NotNull List<OutboundItem> items) {
}
