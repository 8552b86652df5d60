package com.salesmachine.dashboard;

import com.salesmachine.account.Accounts;
import com.salesmachine.contract.dashboard.ReplyRate;
import com.salesmachine.contract.dashboard.ReplyRateInput;
import com.salesmachine.contract.dashboard.WeekRate;
import com.salesmachine.outreach.ReplyCounts;
import com.salesmachine.platform.ApiFunction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** replyRate: the reply rate over time, per week in the user's time zone, counted on the server. */
@Configuration(proxyBeanMethods = false)
class ReplyRateFunction {

    static final int DEFAULT_WEEKS = 12;

    @Bean
    ApiFunction<ReplyRateInput, ReplyRate> replyRate(ReplyCounts counts, Accounts accounts) {
        return (input, caller) -> {
            int weeks = input.weeks() == null ? DEFAULT_WEEKS : input.weeks();
            UUID user = caller.requireUser();
            return accounts.timezone(user).flatMap(tz -> counts.perWeek(user, tz, weeks).collectList()).map(rows -> {
                ReplyCounts.Week any = rows.getFirst();
                Map<LocalDate, ReplyCounts.Week> byWeek = new HashMap<>();
                rows.stream().filter(r -> r.week() != null).forEach(r -> byWeek.put(r.week(), r));
                List<WeekRate> out = new ArrayList<>(weeks);
                for (int i = weeks - 1; i >= 0; i--) {
                    LocalDate week = any.thisWeek().minusWeeks(i);
                    ReplyCounts.Week w = byWeek.get(week);
                    long contacted = w == null ? 0 : w.contacted();
                    long replied = w == null ? 0 : w.replied();
                    out.add(new WeekRate(week.toString(), Math.toIntExact(contacted), Math.toIntExact(replied),
                            contacted == 0 ? 0 : (double) replied / contacted));
                }
                return new ReplyRate(any.timezone(), out);
            });
        };
    }
}
