package com.salesmachine.contract.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Input of {@code login}. Only presence is checked here so that a wrong password never reveals the rules. */
public record LoginInput(
    @NotBlank @Size(max = 320) String email,
    @NotBlank @Size(max = 200) String password) {
}
