package com.salesmachine.prospects;

import java.util.UUID;

import reactor.core.publisher.Mono;

/**
 * Copies of prospects kept outside this package's tables (stored claimOutbound answers in
 * integration_deliveries, owned by integration). integration is the top floor, so it implements this interface;
 * bulkDeleteProspects calls it inside the erasing transaction, once, after the set-based DELETE.
 *
 * <p>The erased ids stay in the database: the DELETE writes them into the transaction's temporary table
 * {@value #ERASED_IDS} ({@code id text PRIMARY KEY}, the prospect ids as text, {@code ON COMMIT DROP}), which
 * prospects creates and fills and the implementation only reads, in the same transaction.
 */
public interface ErasedProspectCopies {

    /** The temporary table holding the ids the DELETE erased (read-only for the implementation). */
    String ERASED_IDS = "erased_prospect_ids";

    /**
     * Removes the user's items about every prospect in {@value #ERASED_IDS} from every stored answer, in one
     * statement, however many prospects were erased.
     */
    Mono<Void> forgetErasedProspectsOf(UUID userId);
}
