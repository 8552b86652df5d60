package com.salesmachine.contract.dashboard;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Output of {@code funnelReport}: one funnel per group, counted on the server over every matching prospect. */
public record FunnelReport(@NotNull List<FunnelGroup> groups) {
}
