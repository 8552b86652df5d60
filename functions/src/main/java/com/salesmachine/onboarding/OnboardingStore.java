package com.salesmachine.onboarding;

import com.salesmachine.account.Accounts;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.json.JsonCodec;

import java.util.UUID;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The onboarding columns of the user's row, read and written through account (which owns users). A step's
 * side effects on settings are merged into {@code users.settings} in the same statement.
 */
@Component
class OnboardingStore {

    private final Accounts accounts;
    private final JsonCodec json;

    OnboardingStore(Accounts accounts, JsonCodec json) {
        this.accounts = accounts;
        this.json = json;
    }

    /** @param lock hold the user's row until the transaction ends (completing twice at once: one winner) */
    Mono<OnboardingProgress> read(UUID userId, boolean lock) {
        return accounts.onboarding(userId, lock)
                .map(this::progress)
                // the session outlived its account
                .switchIfEmpty(Mono.error(ApiException::unauthorized));
    }

    /** @param stepPatch {@code {"<step>": data}}; @param settingsPatch top-level settings keys to replace */
    Mono<OnboardingProgress> save(UUID userId, String stepPatch, String settingsPatch) {
        return accounts.saveOnboardingStep(userId, stepPatch, settingsPatch)
                .map(this::progress)
                .switchIfEmpty(Mono.error(ApiException::unauthorized));
    }

    Mono<Void> markCompleted(UUID userId) {
        return accounts.markOnboardingCompleted(userId);
    }

    private OnboardingProgress progress(Accounts.OnboardingColumns columns) {
        return new OnboardingProgress(json.mapper().readTree(columns.savedJson()), columns.completed());
    }
}
