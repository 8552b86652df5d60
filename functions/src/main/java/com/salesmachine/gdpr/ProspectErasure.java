package com.salesmachine.gdpr;

import com.salesmachine.platform.ApiException;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * deleteProspect (product rule 7), in one transaction: deleting the prospect row cascades (schema FKs, ON DELETE
 * CASCADE) to its enrichment, review items, outbox rows, conversation messages, meetings, warm-up and warm-up
 * days, and activity events; stored claimOutbound answers lose the items that carried the prospect. What stays
 * is one audit entry with ids only.
 */
@Component
public class ProspectErasure {

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final ClaimAnswers claimAnswers;

    public ProspectErasure(DatabaseClient db, TransactionalOperator tx, ClaimAnswers claimAnswers) {
        this.db = db;
        this.tx = tx;
        this.claimAnswers = claimAnswers;
    }

    public Mono<Void> erase(UUID userId, UUID prospectId) {
        Mono<Void> erase = db.sql("DELETE FROM prospects WHERE id = :id AND user_id = :user")
                .bind("id", prospectId)
                .bind("user", userId)
                .fetch().rowsUpdated()
                .flatMap(deleted -> deleted == 0
                        ? Mono.error(ApiException.notFound("Prospect"))
                        : claimAnswers.forgetProspect(prospectId).then(audit(userId, prospectId)));
        return tx.transactional(erase);
    }

    private Mono<Void> audit(UUID userId, UUID prospectId) {
        return db.sql("""
                        INSERT INTO audit_entries (user_id, actor, action, entity_type, entity_id)
                        VALUES (:user, 'user', 'prospect.erased', 'prospect', :prospect)""")
                .bind("user", userId)
                .bind("prospect", prospectId)
                .then();
    }
}
