package com.salesmachine.gdpr;

import java.util.UUID;

import io.r2dbc.postgresql.codec.Json;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The GDPR part of the integration deliveries (integration_deliveries, owned by integration). integration is
 * the top floor (nothing imports it), so it implements this interface instead of gdpr importing it.
 * Every method runs in the caller's transaction.
 */
public interface StoredDeliveries {

    /** Removes the prospect from every stored claimOutbound answer (deleteProspect). */
    Mono<Void> forgetProspect(UUID prospectId);

    /** Removes the user's items from every stored claimOutbound answer (deleteAccount). */
    Mono<Void> forgetUser(UUID userId);

    /** Every delivery the user's calls made, oldest first, as the contract's ExportedDelivery JSON. */
    Flux<Json> exportFor(UUID userId);

    Mono<Long> rowCount(UUID userId);
}
