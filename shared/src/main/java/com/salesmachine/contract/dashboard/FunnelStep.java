package com.salesmachine.contract.dashboard;

import com.salesmachine.contract.prospects.ProspectStatus;
import jakarta.validation.constraints.NotNull;

/**
 * One stage of a funnel: the prospects in it or a later stage ({@code reached}) and the conversion from the stage
 * before (reached / reached before; null for the first stage or when nobody reached the one before).
 */
public record FunnelStep(@NotNull ProspectStatus status, int reached, Double conversion) {
}
