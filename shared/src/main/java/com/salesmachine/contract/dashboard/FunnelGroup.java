package com.salesmachine.contract.dashboard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The funnel of one group: {@code key} is the campaign id (or "none") or the channel; {@code label} the campaign's
 * name, "No campaign", or the channel. {@code outside}: prospects lost, in nurture or unsubscribed (off the funnel).
 */
public record FunnelGroup(@NotBlank String key, @NotBlank String label, int total, int outside,
                          @NotNull List<FunnelStep> steps) {
}
