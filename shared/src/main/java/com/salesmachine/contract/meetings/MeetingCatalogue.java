package com.salesmachine.contract.meetings;

import static com.salesmachine.contract.Access.USER;
import static com.salesmachine.contract.FunctionSpec.post;
import static com.salesmachine.contract.FunctionSpec.pageOf;
import static com.salesmachine.contract.common.ErrorCode.CONFLICT;
import static com.salesmachine.contract.common.ErrorCode.NOT_FOUND;

import com.salesmachine.contract.FunctionSpec;
import java.util.List;

/** The meeting functions of the catalogue. Adding one is a line here, its record(s) beside it, its bean and its tests. */
public final class MeetingCatalogue {

  public static final List<FunctionSpec> FUNCTIONS = List.of(
      post("listMeetings", USER, ListMeetingsInput.class, pageOf(Meeting.class)),
      post("getMeeting", USER, GetMeetingInput.class, MeetingDetail.class, NOT_FOUND),
      post("cancelMeeting", USER, CancelMeetingInput.class, Meeting.class, NOT_FOUND, CONFLICT));

  private MeetingCatalogue() {
  }
}
