package com.salesmachine.review;

import com.salesmachine.contract.review.BulkRejectInput;
import com.salesmachine.contract.review.BulkRejectResult;
import com.salesmachine.platform.ApiFunction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** bulkReject: bulkApprove's twin, one reason for every item. */
@Configuration(proxyBeanMethods = false)
class BulkRejectFunction {

    /** Rejects each id on its own ({@link OneByOne}): NOT_FOUND and CONFLICT are per-item failures. */
    @Bean
    ApiFunction<BulkRejectInput, BulkRejectResult> bulkReject(ReviewDecisions decisions) {
        return (input, caller) -> {
            var user = caller.requireUser();
            return OneByOne.decide(input.ids(), id -> decisions.reject(user, id, input.reason()), BulkRejectResult::new);
        };
    }
}
