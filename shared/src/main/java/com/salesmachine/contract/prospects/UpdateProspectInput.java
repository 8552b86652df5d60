package com.salesmachine.contract.prospects;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Input of {@code updateProspect}: a partial update; a null field was not sent and stays unchanged
 * (so a prospect cannot be detached from its campaign here).
 */
public record UpdateProspectInput(
    @NotNull UUID id,
    ProspectStatus status,
    @JsonProperty("isVip") Boolean isVip,
    @Size(max = 1000) String vipReason,
    UUID campaignId) {
}
