package com.salesmachine.prospects;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Copies of prospects kept outside this package's tables (stored claimOutbound answers in
 * integration_deliveries, owned by integration). integration is the top floor, so it implements this interface;
 * bulkDeleteProspects calls it inside the erasing transaction, once, with every id the set-based DELETE erased.
 */
public interface ErasedProspectCopies {

    /** Removes the user's items about these prospects from every stored answer, in one statement. */
    Mono<Void> forgetProspectsOf(UUID userId, List<UUID> prospectIds);
}
