package com.salesmachine.contract.integration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import com.salesmachine.contract.common.EmailRules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Input of {@code recordMeetingBooked}; idempotent by externalEventId. */
public record RecordMeetingBookedInput(
    @NotNull UUID userId,
    UUID prospectId,
    @Email(regexp = EmailRules.DOMAIN_WITH_DOT, message = EmailRules.MESSAGE) @Size(max = 320) String email,
    @NotBlank @Size(max = 200) String title,
    @NotNull Instant scheduledAt,
    @NotNull @Min(1) @Max(1440) Integer durationMinutes,
    @Size(max = 2000) String meetingLink,
    @NotBlank @Size(max = 200) String externalEventId) {

  /** Reports on {@code prospectId}: prospectId or email must name the prospect. */
  @JsonIgnore
  @AssertTrue(message = "prospectId or email is required")
  public boolean isProspectIdValid() {
    return prospectId != null || (email != null && !email.isBlank());
  }
}
