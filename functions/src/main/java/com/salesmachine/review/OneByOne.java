package com.salesmachine.review;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.contract.review.BulkApproveFailure;
import com.salesmachine.platform.ApiException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The bulk review decisions (bulkApprove, bulkReject): each id in its own transaction, in the order given (a repeated
 * id counts once), so one failure never undoes the others. Unknown or foreign ids fail with NOT_FOUND, decided ones
 * with CONFLICT; any other error fails the whole call.
 */
final class OneByOne {

    private OneByOne() {
    }

    static <R> Mono<R> decide(List<UUID> ids, Function<UUID, Mono<?>> decision,
                              BiFunction<List<UUID>, List<BulkApproveFailure>, R> result) {
        return Flux.fromIterable(new LinkedHashSet<>(ids))
                .concatMap(id -> decision.apply(id)
                        .map(item -> new Outcome(id, null))
                        .onErrorResume(ApiException.class, e -> switch (e.code()) {
                            case NOT_FOUND -> Mono.just(new Outcome(id, ErrorCode.NOT_FOUND));
                            case CONFLICT -> Mono.just(new Outcome(id, ErrorCode.CONFLICT));
                            default -> Mono.error(e);
                        }))
                .collectList()
                .map(outcomes -> result.apply(
                        outcomes.stream().filter(o -> o.failure() == null).map(Outcome::id).toList(),
                        outcomes.stream().filter(o -> o.failure() != null)
                                .map(o -> new BulkApproveFailure(o.id(), o.failure())).toList()));
    }

    private record Outcome(UUID id, ErrorCode failure) {
    }
}
