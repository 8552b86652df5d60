package com.salesmachine.contract.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Input of {@code deleteAccount}: the password confirms the intent. */
public record DeleteAccountInput(@NotBlank @Size(max = 200) String password) {
}
