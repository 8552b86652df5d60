package com.salesmachine.review;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.contract.review.BulkApproveFailure;
import com.salesmachine.contract.review.BulkRejectInput;
import com.salesmachine.contract.review.BulkRejectResult;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;

import java.util.LinkedHashSet;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** bulkReject: bulkApprove's twin, one reason for every item. */
@Configuration(proxyBeanMethods = false)
class BulkRejectFunction {

    /**
     * Rejects each id in its own transaction, in the order given (a repeated id counts once), so one failure never
     * undoes the others. Unknown or foreign ids fail with NOT_FOUND, decided ones with CONFLICT.
     */
    @Bean
    ApiFunction<BulkRejectInput, BulkRejectResult> bulkReject(ReviewDecisions decisions) {
        return (input, caller) -> {
            UUID user = caller.requireUser();
            return Flux.fromIterable(new LinkedHashSet<>(input.ids()))
                    .concatMap(id -> decisions.reject(user, id, input.reason())
                            .map(item -> new Outcome(id, null))
                            .onErrorResume(ApiException.class, e -> switch (e.code()) {
                                case NOT_FOUND -> Mono.just(new Outcome(id, ErrorCode.NOT_FOUND));
                                case CONFLICT -> Mono.just(new Outcome(id, ErrorCode.CONFLICT));
                                default -> Mono.error(e);
                            }))
                    .collectList()
                    .map(outcomes -> new BulkRejectResult(
                            outcomes.stream().filter(o -> o.failure() == null).map(Outcome::id).toList(),
                            outcomes.stream().filter(o -> o.failure() != null)
                                    .map(o -> new BulkApproveFailure(o.id(), o.failure())).toList()));
        };
    }

    private record Outcome(UUID id, ErrorCode failure) {
    }
}
