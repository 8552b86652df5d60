package com.salesmachine.contract.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * One of the user's sessions in {@code listSessions}.
 *
 * @param id a handle for the session, never the token
 * @param current true for the session that made this call
 */
public record SessionItem(
    @NotBlank String id,
    @NotNull Instant createdAt,
    Instant lastSeenAt,
    String userAgent,
    boolean current) {
}
