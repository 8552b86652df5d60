package com.salesmachine.contract.prospects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Input of {@code listProspects}; every filter is optional. Sort defaults to created_desc, limit to 50. */
public record ListProspectsInput(
    UUID campaignId,
    @Size(max = 10) List<@NotNull ProspectStatus> status,
    Boolean vip,
    @Size(max = 200) String search,
    ProspectSort sort,
    @Min(1) @Max(100) Integer limit,
    @Size(max = 1000) String cursor) {
}
