package com.salesmachine.contract.campaigns;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Input of {@code updateCampaign}: a partial update; a null field was not sent and stays unchanged.
 * Status moves only draft->active, active<->paused, active/paused->completed, any->archived (else 409).
 */
public record UpdateCampaignInput(
    @NotNull UUID id,
    @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*") String name,
    @Size(max = 2000) String description,
    @Valid IcpCriteria icpCriteria,
    @Valid Channels channels,
    @Min(1) @Max(100) Integer dailySendLimit,
    CampaignStatus status) {

  /** Reports on {@code channels}: a campaign uses at least one channel. */
  @JsonIgnore
  @AssertTrue(message = "must include at least one channel")
  public boolean isChannelsValid() {
    return channels == null || channels.anyChannel();
  }
}
