package com.salesmachine.review;

import com.salesmachine.dashboard.Fixtures;
import com.salesmachine.dashboard.Fixtures.Account;
import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.ExtraInstance;
import com.salesmachine.support.TestHttp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Product rule 6 across instances: a second application (its own connection pool, its own server)
 * against the same PostgreSQL and Upstash, and the same item approved on both at once.
 */
class ReviewTwoInstancesHttpTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    @Test
    void approvingOnTwoInstancesAtOnceGivesOneWinnerAndOneOutboxRow() throws Exception {
        TestHttp other = new TestHttp(secondInstancePort());
        Fixtures rows = new Fixtures(db);
        Account seller = Fixtures.signUp(http);
        UUID prospect = rows.prospect(seller.id(), "Ana Lopez", "Acme");
        Map<String, String> auth = Map.of("Authorization", "Bearer " + seller.token());

        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 20; round++) {
                UUID id = rows.reviewItem(seller.id(), prospect, "Round " + round);
                String body = "{\"id\":\"" + id + "\"}";
                List<Callable<Integer>> calls = List.of(
                        () -> http.post("approveMessage", body, auth).status(),
                        () -> other.post("approveMessage", body, auth).status());
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(calls)) {
                    statuses.add(f.get());
                }
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
                assertThat(rows.count("SELECT count(*) FROM outbound_messages WHERE review_item_id = :id",
                        Map.of("id", id))).as("outbox rows in round %d", round).isEqualTo(1);
                assertThat(rows.count("SELECT count(*) FROM activity_events WHERE user_id = :u AND type = 'message_approved'",
                        Map.of("u", seller.id()))).isEqualTo(round + 1);
            }
        }
    }

    private static int secondInstancePort() {
        return ExtraInstance.sharedPort();
    }
}
