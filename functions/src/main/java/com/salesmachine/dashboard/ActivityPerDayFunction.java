package com.salesmachine.dashboard;

import com.salesmachine.account.Accounts;
import com.salesmachine.activity.ActivityCounts;
import com.salesmachine.contract.dashboard.ActivityPerDay;
import com.salesmachine.contract.dashboard.ActivityPerDayInput;
import com.salesmachine.contract.dashboard.DayCount;
import com.salesmachine.platform.ApiFunction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * activityPerDay: the dashboard's "Activity, last N days" counted on the server over every event (it used to count
 * the first page of the activity stream in the browser), per calendar day in the user's time zone, zeros included.
 */
@Configuration(proxyBeanMethods = false)
class ActivityPerDayFunction {

    static final int DEFAULT_DAYS = 14;

    @Bean
    ApiFunction<ActivityPerDayInput, ActivityPerDay> activityPerDay(ActivityCounts counts, Accounts accounts) {
        return (input, caller) -> {
            int days = input.days() == null ? DEFAULT_DAYS : input.days();
            UUID user = caller.requireUser();
            return accounts.timezone(user).flatMap(tz -> counts.perDay(user, tz, days).collectList()).map(rows -> {
                ActivityCounts.Day any = rows.getFirst();
                Map<LocalDate, Long> byDay = new HashMap<>();
                rows.stream().filter(r -> r.day() != null).forEach(r -> byDay.put(r.day(), r.count()));
                List<DayCount> out = new ArrayList<>(days);
                for (int i = days - 1; i >= 0; i--) {
                    LocalDate day = any.today().minusDays(i);
                    out.add(new DayCount(day.toString(), Math.toIntExact(byDay.getOrDefault(day, 0L))));
                }
                return new ActivityPerDay(any.timezone(), out);
            });
        };
    }
}
