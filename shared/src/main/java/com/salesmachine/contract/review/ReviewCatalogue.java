package com.salesmachine.contract.review;

import static com.salesmachine.contract.Access.USER;
import static com.salesmachine.contract.FunctionSpec.post;
import static com.salesmachine.contract.FunctionSpec.pageOf;
import static com.salesmachine.contract.common.ErrorCode.CONFLICT;
import static com.salesmachine.contract.common.ErrorCode.NOT_FOUND;

import com.salesmachine.contract.FunctionSpec;
import java.util.List;

/** The review queue functions of the catalogue. Adding one is a line here, its record(s) beside it, its bean and its tests. */
public final class ReviewCatalogue {

  public static final List<FunctionSpec> FUNCTIONS = List.of(
      post("listReviewQueue", USER, ListReviewQueueInput.class, pageOf(ReviewItem.class)),
      post("approveMessage", USER, ApproveMessageInput.class, ReviewItem.class, NOT_FOUND, CONFLICT),
      post("editMessage", USER, EditMessageInput.class, ReviewItem.class, NOT_FOUND, CONFLICT),
      post("rejectMessage", USER, RejectMessageInput.class, ReviewItem.class, NOT_FOUND, CONFLICT),
      post("bulkApprove", USER, BulkApproveInput.class, BulkApproveResult.class),
      post("undoReviewDecision", USER, UndoReviewDecisionInput.class, ReviewItem.class, NOT_FOUND, CONFLICT),
      post("bulkReject", USER, BulkRejectInput.class, BulkRejectResult.class));

  private ReviewCatalogue() {
  }
}
