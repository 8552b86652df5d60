package com.salesmachine.prospects;

import com.salesmachine.dashboard.Fixtures;
import com.salesmachine.support.ApplicationTest;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole-filter bulk action on a large account runs longer than the statement timeout every other statement gets
 * (15 s in production; 300 ms here, with 20,000 prospects, so the same shape fits a test): it gets
 * {@code sm.bulk.statement-timeout} for its own transaction and completes, where it used to be cancelled (503, nothing
 * changed) at 200,000 prospects in bench/scale.
 */
@TestPropertySource(properties = {"spring.r2dbc.properties.statementTimeout=300ms", "sm.bulk.statement-timeout=60s"})
class BulkWholeFilterTimeoutTest extends ApplicationTest {

    private static final int PROSPECTS = 20_000;

    @Autowired
    DatabaseClient db;

    @Test
    void aWholeFilterActionLongerThanTheStatementTimeoutCompletesAndChangesEveryRow() {
        Fixtures f = new Fixtures(db);
        var me = Fixtures.signUp(http);
        for (int from = 1; from <= PROSPECTS; from += 1_000) {
            db.sql("""
                    INSERT INTO prospect_facts (user_id, full_name, company_name, email)
                    SELECT :user, 'Lead ' || n, 'Acme', 'lead-' || n || '@example.com'
                    FROM generate_series(:from, :to) n""")
                    .bind("user", me.id()).bind("from", from).bind("to", from + 999)
                    .fetch().rowsUpdated().block();
        }

        var r = call(me.token(), "bulkSetProspectStatus", "{\"selection\":{\"filter\":{}},\"status\":\"nurture\"}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("changed").asInt()).isEqualTo(PROSPECTS);
        assertThat(f.count("SELECT count(*) FROM prospects WHERE user_id = :user AND status = 'nurture'",
                Map.of("user", me.id()))).isEqualTo(PROSPECTS);
    }
}
