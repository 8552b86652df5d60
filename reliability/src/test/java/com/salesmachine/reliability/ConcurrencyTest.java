package com.salesmachine.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.Functions;
import com.salesmachine.dashboard.Fixtures;
import com.salesmachine.integration.DeliveryScenarios;
import com.salesmachine.integration.Webhook;
import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

/**
 * Scenario 8 of issue 9, each race repeated 100 times over three in-process instances: identical signed
 * deliveries have one effect, two approvals of one item have one winner and one outbox row, two claims never
 * share a message. Supersedes review/ReviewTwoInstancesHttpTest, SignedDeliveryTest's ten-copies test and
 * IntegrationFunctionsTest's two-claimers test (same checks, fewer rounds, two instances).
 */
class ConcurrencyTest extends ApplicationTest {

    static final int ROUNDS = 100;
    static final ScenarioLine LINE = new ScenarioLine("8 concurrency",
            "x100 each: 10 identical deliveries on 3 instances -> 1 effect; 2 approvals -> one 200, one 409, "
                    + "one outbox row; 2 claims -> disjoint");

    @Autowired
    DatabaseClient db;

    /** One client (own connections, own address) per instance, reused by every round. */
    private List<TestHttp> clients;

    @BeforeEach
    void threeInstances() {
        clients = List.of(http, new TestHttp(Instances.second()), new TestHttp(Instances.third()));
    }

    @AfterAll
    static void line() {
        LINE.record();
    }

    @Test
    void tenIdenticalSignedDeliveriesSpreadOverThreeInstancesHaveExactlyOneEffectAHundredTimes() throws Exception {
        LINE.check(() -> {
            DeliveryScenarios scenarios = new DeliveryScenarios(db);
            // listWork is read-only: it has no effect to count (ListWorkTest)
            List<String> functions = Functions.ALL.stream().filter(f -> f.access() == Access.INTEGRATION)
                    .map(f -> f.name()).filter(name -> !name.equals("listWork")).toList();
            List<Webhook> senders = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                // each copy from its own client (so on its own connection), spread over the three instances
                senders.add(new Webhook(new TestHttp(clients.get(i % 3).port()), Instant::now));
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
                for (int round = 0; round < ROUNDS; round++) {
                    String function = functions.get(round % functions.size());
                    DeliveryScenarios.Scenario s = scenarios.scenario(function);
                    String delivery = "race-" + UUID.randomUUID();
                    List<Callable<TestHttp.Response>> copies = new ArrayList<>();
                    for (Webhook copy : senders) {
                        copies.add(() -> copy.call(function, s.body(), delivery));
                    }
                    LINE.requests(copies.size());
                    String first = null;
                    for (Future<TestHttp.Response> f : pool.invokeAll(copies)) {
                        TestHttp.Response r = f.get();
                        assertThat(r.status()).as("%s round %d: %s", function, round, r.body()).isEqualTo(200);
                        first = first == null ? r.body() : first;
                        assertThat(r.json()).as("%s round %d: every copy gets the first answer", function, round)
                                .isEqualTo(Bodies.JSON.readTree(first));
                    }
                    assertThat(s.effects().call()).as("%s round %d: effects", function, round).isEqualTo(1);
                    scenarios.delete(s);
                }
            }
        });
    }

    @Test
    void twoApprovalsOfTheSameItemOnTwoInstancesGiveOne200One409AndOneOutboxRowAHundredTimes() throws Exception {
        LINE.check(() -> {
            Fixtures rows = new Fixtures(db);
            List<UUID> sellers = new ArrayList<>();
            Fixtures.Account seller = null;
            UUID prospect = null;
            Map<String, String> auth = null;
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                for (int round = 0; round < ROUNDS; round++) {
                    if (round % 40 == 0) {
                        // a seller makes at most 100 calls a minute: a fresh one every 40 rounds
                        seller = Fixtures.signUp(http);
                        sellers.add(seller.id());
                        prospect = rows.prospect(seller.id(), "Ana Lopez", "Acme");
                        auth = Map.of("Authorization", "Bearer " + seller.token());
                    }
                    Map<String, String> as = auth;
                    UUID id = rows.reviewItem(seller.id(), prospect, "Round " + round);
                    String body = "{\"id\":\"" + id + "\"}";
                    TestHttp one = clients.get(round % 3);
                    TestHttp other = clients.get((round + 1) % 3);
                    List<Callable<TestHttp.Response>> calls = List.of(
                            () -> one.post("approveMessage", body, as), () -> other.post("approveMessage", body, as));
                    LINE.requests(2);
                    List<Integer> statuses = new ArrayList<>();
                    for (Future<TestHttp.Response> f : pool.invokeAll(calls)) {
                        TestHttp.Response r = f.get();
                        statuses.add(r.status());
                        if (r.status() == 409) {
                            assertThat(ContractAnswers.problem(r)).isNull();
                            assertThat(r.errorCode()).isEqualTo("CONFLICT");
                        }
                    }
                    assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
                    assertThat(rows.count("SELECT count(*) FROM outbound_messages WHERE review_item_id = :id", Map.of("id", id)))
                            .as("outbox rows in round %d", round).isEqualTo(1);
                }
                assertThat(rows.count("SELECT count(*) FROM activity_events WHERE user_id IN (:u) AND type = 'message_approved'",
                        Map.of("u", sellers))).isEqualTo(ROUNDS);
            }
        });
    }

    @Test
    void twoClaimsOnTwoInstancesNeverShareAMessageAHundredTimes() throws Exception {
        LINE.check(() -> {
            try (Database sql = new Database(); ExecutorService pool = Executors.newFixedThreadPool(2)) {
                for (int round = 0; round < ROUNDS; round++) {
                    UUID user = claimableUser(sql);
                    Set<String> mine = new HashSet<>();
                    sql.uuids("SELECT id FROM outbound_messages WHERE user_id = ?", user).forEach(id -> mine.add(id.toString()));
                    Webhook one = new Webhook(clients.get(round % 3), Instant::now);
                    Webhook other = new Webhook(clients.get((round + 1) % 3), Instant::now);
                    List<Callable<TestHttp.Response>> claims = List.of(
                            () -> one.call("claimOutbound", "{\"limit\":100}"), () -> other.call("claimOutbound", "{\"limit\":100}"));
                    LINE.requests(2);
                    List<Set<String>> claimed = new ArrayList<>();
                    for (Future<TestHttp.Response> f : pool.invokeAll(claims)) {
                        TestHttp.Response r = f.get();
                        assertThat(r.status()).as(r.body()).isEqualTo(200);
                        Set<String> ids = new HashSet<>();
                        for (JsonNode item : r.json().path("items")) {
                            ids.add(item.path("messageId").asString());
                        }
                        claimed.add(ids);
                    }
                    Set<String> overlap = new HashSet<>(claimed.get(0));
                    overlap.retainAll(claimed.get(1));
                    assertThat(overlap).as("round %d: claimed twice", round).isEmpty();
                    Set<String> union = new HashSet<>(claimed.get(0));
                    union.addAll(claimed.get(1));
                    assertThat(union).as("round %d: every due message of the user claimed", round).containsAll(mine);
                    assertThat(sql.count("SELECT count(*) FROM outbound_messages WHERE user_id = ? AND status = 'sending'"
                            + " AND attempts = 1", user)).as("round %d", round).isEqualTo(mine.size());
                    sql.execute("DELETE FROM users WHERE id = ?", user);
                }
            }
        });
    }

    /** A user allowed 100 e-mails a day with 10 e-mails due since 2000, before anything other tests leave queued. */
    private static UUID claimableUser(Database sql) {
        List<UUID> user = sql.uuids("""
                WITH u AS (
                  INSERT INTO users (email, password_hash, full_name)
                  VALUES ('claims-' || gen_random_uuid() || '@example.com', 'not-a-real-hash', 'Claims')
                  RETURNING id),
                s AS (UPDATE users SET settings = jsonb_set(settings, '{dailyEmailLimit}', '100') WHERE id = (SELECT id FROM u)
                  RETURNING id),
                p AS (
                  INSERT INTO prospects (user_id, full_name, company_name, email)
                  SELECT id, 'Pat', 'Acme', 'pat-' || gen_random_uuid() || '@example.com' FROM u RETURNING id, user_id),
                o AS (
                  INSERT INTO outbound_messages (user_id, prospect_id, channel, subject, text, due_at)
                  SELECT p.user_id, p.id, 'email', 'Hello', 'Hi there', timestamptz '2000-01-01 00:00:00Z' + g * interval '1 second'
                  FROM p, generate_series(1, 10) g RETURNING id)
                SELECT id FROM u WHERE (SELECT count(*) FROM o) = 10 AND (SELECT count(*) FROM s) >= 0""");
        return user.getFirst();
    }
}
