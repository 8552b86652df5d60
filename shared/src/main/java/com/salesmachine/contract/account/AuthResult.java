package com.salesmachine.contract.account;

import jakarta.validation.constraints.NotNull;

/** Output of signup and login: the user and their new session. */
public record AuthResult(@NotNull User user, @NotNull SessionInfo session) {
}
