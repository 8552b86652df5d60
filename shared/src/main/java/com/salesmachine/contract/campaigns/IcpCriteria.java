package com.salesmachine.contract.campaigns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The ideal customer profile of a campaign (also the data of onboarding step {@code icp}); send [] for "any". */
public record IcpCriteria(
    @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> industries,
    @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> jobTitles,
    @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> companySizes,
    @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> locations) {
}
