package com.salesmachine.contract.account;

import jakarta.validation.constraints.NotNull;

/** The password rule shared by signup and changePassword; the server applies the same check. */
public final class PasswordRules {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;

  private PasswordRules() {
  }

  /** True when null (reported by @NotNull instead) or when at least two character classes occur. */
  public static boolean mixesCharacterClasses(String password) {
    if (password == null) {
      return true;
    }
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        other = true;
      }
    }
    int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    return classes >= 2;
  }
}
