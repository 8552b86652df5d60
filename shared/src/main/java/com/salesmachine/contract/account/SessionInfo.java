package com.salesmachine.contract.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A session as handed out by signup and login; the token appears only in those two answers. */
public record SessionInfo(@NotBlank String token, @NotNull Instant expiresAt) {
}
