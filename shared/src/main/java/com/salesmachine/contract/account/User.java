package com.salesmachine.contract.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** The signed-in user as the API shows them. */
public record User(
    @NotNull UUID id,
    @NotBlank String email,
    String fullName,
    String companyName,
    @NotBlank String timezone,
    @NotNull Instant createdAt,
    boolean onboardingCompleted,
    /** UI language of the cockpit. */
    @NotNull Language language) {
}
