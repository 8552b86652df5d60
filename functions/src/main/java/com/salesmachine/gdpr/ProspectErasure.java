package com.salesmachine.gdpr;

import com.salesmachine.activity.AuditTrail;
import com.salesmachine.platform.ApiException;
import com.salesmachine.prospects.Prospects;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * deleteProspect (product rule 7), in one transaction, each owner erasing its part: prospects deletes the row,
 * which cascades (schema FKs, ON DELETE CASCADE) to its enrichment, review items, outbox rows, conversation
 * messages, meetings, warm-up and warm-up days, and activity events; integration's stored claimOutbound answers
 * lose the items that carried the prospect. What stays is one audit entry with ids only.
 */
@Component
class ProspectErasure {

    private final Prospects prospects;
    private final StoredDeliveries deliveries;
    private final AuditTrail audit;
    private final TransactionalOperator tx;

    ProspectErasure(Prospects prospects, StoredDeliveries deliveries, AuditTrail audit, TransactionalOperator tx) {
        this.prospects = prospects;
        this.deliveries = deliveries;
        this.audit = audit;
        this.tx = tx;
    }

    Mono<Void> erase(UUID userId, UUID prospectId) {
        Mono<Void> erase = prospects.eraseFor(userId, prospectId)
                .flatMap(deleted -> !deleted
                        ? Mono.error(ApiException.notFound("Prospect"))
                        : deliveries.forgetProspect(prospectId)
                                .then(audit.record(userId, "prospect.erased", "prospect", prospectId)));
        return tx.transactional(erase);
    }
}
