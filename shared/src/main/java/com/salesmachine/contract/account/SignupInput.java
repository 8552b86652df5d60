package com.salesmachine.contract.account;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.salesmachine.contract.common.EmailRules;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Input of {@code signup}. */
public record SignupInput(
    @NotBlank @Email(regexp = EmailRules.DOMAIN_WITH_DOT, message = EmailRules.MESSAGE) @Size(max = 320) String email,
    @NotNull @Size(min = 10, max = 200) String password,
    @Size(max = 200) String fullName,
    @Size(max = 200) String companyName) {

  /** Reports on {@code password}: at least two character classes (lower, upper, digit, other). */
  @JsonIgnore
  @AssertTrue(message = "must mix at least two of: lower-case letters, upper-case letters, digits, other characters")
  public boolean isPasswordValid() {
    return PasswordRules.mixesCharacterClasses(password);
  }
}
