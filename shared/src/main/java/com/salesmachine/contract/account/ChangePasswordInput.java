package com.salesmachine.contract.account;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Input of {@code changePassword}; every other session is revoked on success. */
public record ChangePasswordInput(
    @NotBlank @Size(max = 200) String currentPassword,
    @NotNull @Size(min = 10, max = 200) String newPassword) {

  /** Reports on {@code newPassword}: at least two character classes (lower, upper, digit, other). */
  @JsonIgnore
  @AssertTrue(message = "must mix at least two of: lower-case letters, upper-case letters, digits, other characters")
  public boolean isNewPasswordValid() {
    return PasswordRules.mixesCharacterClasses(newPassword);
  }
}
