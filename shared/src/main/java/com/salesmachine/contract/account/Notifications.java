package com.salesmachine.contract.account;

import jakarta.validation.constraints.NotNull;

/** Notification preferences; sent whole or not at all. */
public record Notifications(@NotNull Boolean email, @NotNull Boolean inApp) {
}
