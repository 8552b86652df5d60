package com.salesmachine.account;

import java.time.Instant;
import java.util.UUID;

import com.salesmachine.contract.account.Language;
import com.salesmachine.contract.account.User;

/** A users row as the account package needs it. */
record UserRecord(UUID id, String email, String passwordHash, String fullName, String companyName,
                  String timezone, String settingsJson, boolean onboardingCompleted, Instant createdAt,
                  Language language) {

    User toUser() {
        return new User(id, email, fullName, companyName, timezone, createdAt, onboardingCompleted, language);
    }
}
