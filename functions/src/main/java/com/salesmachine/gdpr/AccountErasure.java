package com.salesmachine.gdpr;

import com.salesmachine.account.Accounts;
import com.salesmachine.activity.AuditTrail;
import com.salesmachine.session.SessionStore;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * deleteAccount (GDPR art. 17): after the password check (a wrong password counts with the login failures; a
 * locked account is 429 and the calling session ends), one transaction in which each owner erases its part
 * (account deletes the user row, which cascades to every table holding a user_id FK; integration's stored
 * claimOutbound answers lose the user's items) and one audit entry without personal data is written; then
 * every session is revoked.
 */
@Component
class AccountErasure {

    private final Accounts accounts;
    private final StoredDeliveries deliveries;
    private final AuditTrail audit;
    private final SessionStore sessions;
    private final TransactionalOperator tx;

    AccountErasure(Accounts accounts, StoredDeliveries deliveries, AuditTrail audit, SessionStore sessions,
                   TransactionalOperator tx) {
        this.accounts = accounts;
        this.deliveries = deliveries;
        this.audit = audit;
        this.sessions = sessions;
        this.tx = tx;
    }

    Mono<Void> erase(UUID userId, String sessionId, String password) {
        return accounts.checkPassword(userId, sessionId, password)
                .then(Mono.defer(() -> accounts.eraseFor(userId)
                        .then(deliveries.forgetUser(userId))
                        .then(audit.record(userId, "account.deleted", "user", userId))
                        .as(tx::transactional)))
                .then(Mono.defer(() -> sessions.revokeAll(userId, null)))
                .then();
    }
}
