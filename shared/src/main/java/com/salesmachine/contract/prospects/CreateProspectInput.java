package com.salesmachine.contract.prospects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import com.salesmachine.contract.common.EmailRules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Input of {@code createProspect}, and one item of {@code ingestProspects}: at least one of linkedinUrl and email. */
public record CreateProspectInput(
    UUID campaignId,
    @NotBlank @Size(max = 200) String fullName,
    @NotBlank @Size(max = 200) String companyName,
    @Size(max = 200) String jobTitle,
    @Size(max = 500) String linkedinUrl,
    @Email(regexp = EmailRules.DOMAIN_WITH_DOT, message = EmailRules.MESSAGE) @Size(max = 320) String email) {

  /** Reports on {@code email}: a prospect needs a LinkedIn URL or an e-mail. */
  @JsonIgnore
  @AssertTrue(message = "linkedinUrl or email is required")
  public boolean isEmailValid() {
    return isPresent(linkedinUrl) || isPresent(email);
  }

  private static boolean isPresent(String value) {
    return value != null && !value.isBlank();
  }
}
