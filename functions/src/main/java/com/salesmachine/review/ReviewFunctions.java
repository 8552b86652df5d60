package com.salesmachine.review;

import com.salesmachine.contract.common.Page;
import com.salesmachine.contract.review.ApproveMessageInput;
import com.salesmachine.contract.review.BulkApproveInput;
import com.salesmachine.contract.review.BulkApproveResult;
import com.salesmachine.contract.review.EditMessageInput;
import com.salesmachine.contract.review.ListReviewQueueInput;
import com.salesmachine.contract.review.RejectMessageInput;
import com.salesmachine.contract.review.ReviewItem;
import com.salesmachine.contract.review.ReviewStatus;
import com.salesmachine.contract.review.UndoReviewDecisionInput;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.platform.db.Cursor;

import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review queue: AI drafts a human approves, edits or rejects. */
@Configuration(proxyBeanMethods = false)
class ReviewFunctions {

    @Bean
    ApiFunction<ListReviewQueueInput, Page<ReviewItem>> listReviewQueue(ReviewStore store) {
        return (input, caller) -> {
            QueueCursor after = QueueCursor.decode(input.cursor());
            int limit = Cursor.limit(input.limit());
            ReviewStatus status = input.status() == null ? ReviewStatus.PENDING : input.status();
            // one row more than asked tells whether there is a next page
            return store.page(caller.requireUser(), status, input.campaignId(), after, limit + 1).collectList().map(rows -> {
                if (rows.size() <= limit) {
                    return new Page<>(rows, null);
                }
                List<ReviewItem> items = List.copyOf(rows.subList(0, limit));
                return new Page<>(items, QueueCursor.after(items.get(limit - 1)).encode());
            });
        };
    }

    @Bean
    ApiFunction<ApproveMessageInput, ReviewItem> approveMessage(ReviewDecisions decisions) {
        return (input, caller) -> decisions.approve(caller.requireUser(), input.id());
    }

    @Bean
    ApiFunction<EditMessageInput, ReviewItem> editMessage(ReviewDecisions decisions) {
        return (input, caller) -> decisions.edit(caller.requireUser(), input.id(), input.subject(), input.message());
    }

    @Bean
    ApiFunction<RejectMessageInput, ReviewItem> rejectMessage(ReviewDecisions decisions) {
        return (input, caller) -> decisions.reject(caller.requireUser(), input.id(), input.reason());
    }

    /** Undo of approve, edit or reject while nothing has left (see ReviewDecisions#undo). */
    @Bean
    ApiFunction<UndoReviewDecisionInput, ReviewItem> undoReviewDecision(ReviewDecisions decisions) {
        return (input, caller) -> decisions.undo(caller.requireUser(), input.id());
    }

    /** Approves each id on its own ({@link OneByOne}): NOT_FOUND and CONFLICT are per-item failures. */
    @Bean
    ApiFunction<BulkApproveInput, BulkApproveResult> bulkApprove(ReviewDecisions decisions) {
        return (input, caller) -> {
            UUID user = caller.requireUser();
            return OneByOne.decide(input.ids(), id -> decisions.approve(user, id), BulkApproveResult::new);
        };
    }
}
