package com.salesmachine.gdpr;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The figures in docs/integration.md (GDPR): exportMyData of an account just under the row cap.
 * Not part of the suite; run with
 * {@code ./mvnw -q -B -pl functions -am test -Dtest=ExportMeasurement -Dsurefire.failIfNoSpecifiedTests=false -Dmeasure=true}.
 */
@EnabledIfSystemProperty(named = "measure", matches = "true")
class ExportMeasurement extends ApplicationTest {

    /** 17 rows per prospect: itself, enrichment, 4 messages, meeting, review item, warm-up, 3 days, 2 outbox, 3 events. */
    private static final int PROSPECTS = 2_900;

    @Autowired
    DatabaseClient db;

    @Test
    void anAccountJustUnderTheCapExportsInOneDocument() {
        String token = newUser();
        UUID user = new Traces(http, db).userOf(token);
        String text = "'" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(5) + "'";
        for (String sql : List.of(
                "INSERT INTO prospect_facts (user_id, full_name, company_name, email, job_title, location) SELECT :u, 'Person ' || g, 'Company ' || g, 'p' || g || '@example.com', 'Head of Sales', 'Paris' FROM generate_series(1, " + PROSPECTS + ") g",
                "INSERT INTO enrichments (prospect_id, user_id, talking_points, pain_points, tech_stack, recent_activity, company_data, confidence_score) SELECT id, user_id, ARRAY['growth', 'hiring'], ARRAY['churn'], ARRAY['Salesforce', 'HubSpot'], " + text + ", '{\"employees\": 120}', 85 FROM prospects WHERE user_id = :u",
                "INSERT INTO messages (user_id, prospect_id, direction, channel, subject, text) SELECT user_id, id, CASE WHEN k % 2 = 0 THEN 'outbound' ELSE 'inbound' END, 'email', 'Re: intro', " + text + " FROM prospects, generate_series(1, 4) k WHERE user_id = :u",
                "INSERT INTO meetings (user_id, prospect_id, title, scheduled_at) SELECT user_id, id, 'Intro call', now() + interval '3 days' FROM prospects WHERE user_id = :u",
                "INSERT INTO review_items (user_id, prospect_id, message_type, channel, proposed_subject, proposed_message, confidence_score) SELECT user_id, id, 'follow_up', 'email', 'Following up', " + text + ", 70 FROM prospects WHERE user_id = :u",
                "INSERT INTO warmups (prospect_id, user_id, planned_days, likes, comments) SELECT id, user_id, 7, 3, 3 FROM prospects WHERE user_id = :u",
                "INSERT INTO warmup_days (prospect_id, user_id, day, likes, comments) SELECT id, user_id, current_date - k, 1, 1 FROM prospects, generate_series(1, 3) k WHERE user_id = :u",
                "INSERT INTO outbound_messages (user_id, prospect_id, channel, subject, text) SELECT user_id, id, 'email', 'Hello', " + text + " FROM prospects, generate_series(1, 2) k WHERE user_id = :u",
                "INSERT INTO activity_events (user_id, prospect_id, type, summary) SELECT user_id, id, 'message_sent', 'Message sent to ' || full_name FROM prospects, generate_series(1, 3) k WHERE user_id = :u")) {
            db.sql(sql).bind("u", user).then().block();
        }
        db.sql("ANALYZE").then().block();

        List<Long> millis = new ArrayList<>();
        List<Long> heapMb = new ArrayList<>();
        long bytes = 0;
        for (int run = 0; run < 4; run++) {
            System.gc();
            long baseline = heapUsed();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            TestHttp.Response r = call(token, "exportMyData", "{}");
            millis.add((System.nanoTime() - start) / 1_000_000);
            heapMb.add((heapPeak() - baseline) >> 20);
            assertThat(r.status()).as(r.body().length() > 500 ? r.body().substring(0, 500) : r.body()).isEqualTo(200);
            bytes = r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            assertThat(r.json().path("prospects")).hasSize(PROSPECTS);
        }
        System.out.printf("EXPORT-MEASUREMENT prospects=%d rows=%d bytes=%d millis=%s heapPeakAboveBaselineMb=%s%n",
                PROSPECTS, PROSPECTS * 17, bytes, millis, heapMb);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of what the call (and its garbage) took. */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
