package com.salesmachine.account;

import com.salesmachine.platform.ApiException;
import com.salesmachine.session.SessionStore;

import reactor.core.publisher.Mono;

/**
 * A password given under a session (changePassword here, deleteAccount in gdpr/ through {@link Accounts}) is
 * checked like a login: a wrong one counts against the account's failure budget (shared with login), and once
 * the account is locked the call is 429 with Retry-After and the session it came with ends, so a stolen session
 * cannot go on guessing.
 */
final class PasswordConfirmation {

    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final SessionStore sessions;

    PasswordConfirmation(Passwords passwords, LoginThrottle throttle, SessionStore sessions) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    Mono<Void> confirm(UserRecord user, String sessionId, String password, String field, String issue) {
        return throttle.refuseIfLocked(user.email())
                .onErrorResume(ApiException.class, locked -> endSession(user, sessionId).then(Mono.error(locked)))
                .then(passwords.matches(password, user.passwordHash()))
                .flatMap(ok -> ok ? Mono.<Void>empty() : throttle.recordFailure(user.email())
                        .flatMap(count -> count.count() >= throttle.maxFailures()
                                ? endSession(user, sessionId).then(Mono.<Void>error(ApiException.rateLimited(count.secondsLeft())))
                                : Mono.<Void>error(ApiException.validation(field, issue))));
    }

    private Mono<Void> endSession(UserRecord user, String sessionId) {
        return sessionId == null ? Mono.empty() : sessions.revoke(user.id(), sessionId).then();
    }
}
