package com.salesmachine.contract.prospects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.salesmachine.contract.common.Channel;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Input of {@code listProspects}; every filter is optional (the fields of {@link ProspectFilter}, which bulk actions
 * and exports take). Sort defaults to created_desc, limit to 50.
 */
public record ListProspectsInput(
    UUID campaignId,
    @Size(max = 10) List<@NotNull ProspectStatus> status,
    Boolean vip,
    @Size(max = 200) String search,
    ProspectSort sort,
    @Min(1) @Max(100) Integer limit,
    @Size(max = 1000) String cursor,
    Channel channel,
    @Size(max = 200) String jobTitle,
    Instant createdFrom,
    Instant createdTo,
    Instant lastContactedFrom,
    Instant lastContactedTo) {

  /** The filter part of this input. */
  public ProspectFilter filter() {
    return new ProspectFilter(campaignId, status, vip, search, channel, jobTitle, createdFrom, createdTo,
        lastContactedFrom, lastContactedTo);
  }

  /** Reports on {@code createdTo}: the range must not end before it starts. */
  @JsonIgnore
  @AssertTrue(message = "must not be before createdFrom")
  public boolean isCreatedToValid() {
    return filter().isCreatedToValid();
  }

  /** Reports on {@code lastContactedTo}: the range must not end before it starts. */
  @JsonIgnore
  @AssertTrue(message = "must not be before lastContactedFrom")
  public boolean isLastContactedToValid() {
    return filter().isLastContactedToValid();
  }
}
