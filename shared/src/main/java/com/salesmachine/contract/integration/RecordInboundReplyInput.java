package com.salesmachine.contract.integration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.salesmachine.contract.common.Channel;
import jakarta.validation.constraints.AssertTrue;
import com.salesmachine.contract.common.EmailRules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Input of {@code recordInboundReply}: the prospect is found by prospectId, else linkedinUrl, else email. */
public record RecordInboundReplyInput(
    @NotNull UUID userId,
    UUID prospectId,
    @Size(max = 500) String linkedinUrl,
    @Email(regexp = EmailRules.DOMAIN_WITH_DOT, message = EmailRules.MESSAGE) @Size(max = 320) String email,
    @NotNull Channel channel,
    @NotBlank @Size(max = 10000) String text,
    @Size(max = 500) String subject,
    @NotNull Instant receivedAt,
    @NotBlank @Size(max = 200) String externalId,
    @Size(max = 50) String sentiment) {

  /** Reports on {@code prospectId}: one of prospectId, linkedinUrl, email must name the prospect. */
  @JsonIgnore
  @AssertTrue(message = "one of prospectId, linkedinUrl or email is required")
  public boolean isProspectIdValid() {
    return prospectId != null || (linkedinUrl != null && !linkedinUrl.isBlank()) || (email != null && !email.isBlank());
  }
}
