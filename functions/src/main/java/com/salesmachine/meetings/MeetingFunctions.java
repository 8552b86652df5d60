package com.salesmachine.meetings;

import com.salesmachine.contract.common.Page;
import com.salesmachine.contract.meetings.CancelMeetingInput;
import com.salesmachine.contract.meetings.GetMeetingInput;
import com.salesmachine.contract.meetings.ListMeetingsInput;
import com.salesmachine.contract.meetings.Meeting;
import com.salesmachine.contract.meetings.MeetingDetail;
import com.salesmachine.contract.prospects.Message;
import com.salesmachine.activity.ActivityLog;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.platform.db.Cursor;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Meetings the workflow engine booked: list, look at one, cancel. */
@Configuration(proxyBeanMethods = false)
class MeetingFunctions {

    @Bean
    ApiFunction<ListMeetingsInput, Page<Meeting>> listMeetings(MeetingStore store) {
        return (input, caller) -> {
            Cursor after = Cursor.decode(input.cursor());
            int limit = Cursor.limit(input.limit());
            // one row more than asked tells whether there is a next page
            return store.page(caller.requireUser(), input.when(), input.campaignId(), after, limit + 1)
                    .map(MeetingStore.MeetingRow::meeting)
                    .collectList()
                    .map(rows -> page(rows, limit));
        };
    }

    @Bean
    ApiFunction<GetMeetingInput, MeetingDetail> getMeeting(MeetingStore store) {
        return (input, caller) -> {
            UUID user = caller.requireUser();
            return store.find(user, input.id())
                    .switchIfEmpty(Mono.error(() -> ApiException.notFound("Meeting")))
                    .flatMap(row -> store.recentMessages(user, row.prospect().id()).collectList()
                            .map(messages -> detail(row, messages)));
        };
    }

    @Bean
    ApiFunction<CancelMeetingInput, Meeting> cancelMeeting(MeetingStore store, ActivityLog activity,
                                                           ReactiveTransactionManager transactions) {
        TransactionalOperator tx = TransactionalOperator.create(transactions);
        return (input, caller) -> {
            UUID user = caller.requireUser();
            Mono<Meeting> cancel = store.cancel(user, input.id(), input.reason())
                    .flatMap(id -> store.find(user, id))
                    .flatMap(row -> activity.record(user, "meeting_cancelled", row.prospect().id(),
                                    "Meeting \"" + row.meeting().title() + "\" with " + row.meeting().prospectName()
                                            + " cancelled")
                            .thenReturn(row.meeting()))
                    .switchIfEmpty(Mono.defer(() -> store.find(user, input.id())
                            .flatMap(existing -> Mono.<Meeting>error(ApiException.conflict(
                                    "Only a scheduled or confirmed meeting can be cancelled; this one is "
                                            + existing.meeting().status().name().toLowerCase(Locale.ROOT))))
                            .switchIfEmpty(Mono.error(() -> ApiException.notFound("Meeting")))));
            return tx.transactional(cancel);
        };
    }

    static Page<Meeting> page(List<Meeting> rows, int limit) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<Meeting> items = rows.subList(0, limit);
        Meeting last = items.get(limit - 1);
        return new Page<>(List.copyOf(items), new Cursor(last.scheduledAt(), last.id()).encode());
    }

    private static MeetingDetail detail(MeetingStore.MeetingRow row, List<Message> messages) {
        Meeting m = row.meeting();
        return new MeetingDetail(m.id(), m.prospectId(), m.prospectName(), m.companyName(), m.campaignId(), m.title(),
                m.scheduledAt(), m.durationMinutes(), m.meetingLink(), m.status(), m.notes(), m.cancellationReason(),
                row.prospect(), messages);
    }
}
