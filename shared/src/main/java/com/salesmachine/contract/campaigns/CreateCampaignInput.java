package com.salesmachine.contract.campaigns;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Input of {@code createCampaign}; the campaign starts as draft. */
public record CreateCampaignInput(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 2000) String description,
    @Valid IcpCriteria icpCriteria,
    @Valid Channels channels,
    @Min(1) @Max(100) Integer dailySendLimit) {

  /** Reports on {@code channels}: a campaign uses at least one channel. */
  @JsonIgnore
  @AssertTrue(message = "must include at least one channel")
  public boolean isChannelsValid() {
    return channels == null || channels.anyChannel();
  }
}
