package com.salesmachine.contract.prospects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.salesmachine.contract.common.Channel;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The filter of listProspects, as bulk actions and exports take it; every field is optional and {@code {}} is
 * "all my prospects". {@code channel}: reachable on it (linkedin: has a LinkedIn URL; email: has an e-mail).
 * Date ranges: from inclusive, to exclusive.
 */
public record ProspectFilter(
    UUID campaignId,
    @Size(max = 10) List<@NotNull ProspectStatus> status,
    Boolean vip,
    @Size(max = 200) String search,
    Channel channel,
    @Size(max = 200) String jobTitle,
    Instant createdFrom,
    Instant createdTo,
    Instant lastContactedFrom,
    Instant lastContactedTo) {

  /** Reports on {@code createdTo}: the range must not end before it starts. */
  @JsonIgnore
  @AssertTrue(message = "must not be before createdFrom")
  public boolean isCreatedToValid() {
    return createdFrom == null || createdTo == null || !createdTo.isBefore(createdFrom);
  }

  /** Reports on {@code lastContactedTo}: the range must not end before it starts. */
  @JsonIgnore
  @AssertTrue(message = "must not be before lastContactedFrom")
  public boolean isLastContactedToValid() {
    return lastContactedFrom == null || lastContactedTo == null || !lastContactedTo.isBefore(lastContactedFrom);
  }
}
