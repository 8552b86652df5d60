package com.salesmachine.session;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.MovableClock;
import com.salesmachine.support.MovableClockConfiguration;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 50,000-row CSV is 100 importProspects chunks: with one budget of 100 calls a minute per session the browser's
 * import stopped with a 429 near its end. Import chunks have their own budget (240 a minute, production settings);
 * the calls budget is untouched by them. The clock is the test's, so no minute ends in the middle.
 */
@Import(MovableClockConfiguration.class)
class ImportBudgetHttpTest extends ApplicationTest {

    static final int CALLS = 100;
    static final int IMPORT_CHUNKS = 240;

    @Autowired
    MovableClock clock;

    private String signup() {
        var r = http.post("signup", "{\"email\":\"budget-" + UUID.randomUUID() + "@example.com\",\"password\":\"Secret-pass-1\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("session").path("token").asString();
    }

    private static String chunk(int n) {
        return "{\"firstRow\":" + (n + 2) + ",\"rows\":[{\"fullName\":\"Row " + n + "\",\"companyName\":\"Budget Co\","
                + "\"email\":\"row-" + n + "@budget.example\"}]}";
    }

    @Test
    void importChunksSpendTheirOwnBudgetNotTheCallsOne() {
        clock.advance(Duration.ofSeconds(60 - clock.instant().getEpochSecond() % 60));  // the start of a minute
        String token = signup();
        for (int i = 1; i < CALLS; i++) {
            assertThat(call(token, "me", "{}").status()).as("call %d", i).isEqualTo(200);
        }
        // 99 calls spent: every chunk of a long import still goes through, and leaves the calls budget alone
        for (int n = 0; n < IMPORT_CHUNKS; n++) {
            var r = call(token, "importProspects", chunk(n));
            assertThat(r.status()).as("chunk %d: %s", n, r.body()).isEqualTo(200);
            assertThat(r.json().path("created").asInt()).isEqualTo(1);
        }
        assertThat(call(token, "me", "{}").status()).as("call 100").isEqualTo(200);
        var calls = call(token, "me", "{}");
        assertThat(calls.status()).as("call 101").isEqualTo(429);
        assertThat(calls.errorCode()).isEqualTo("RATE_LIMIT_EXCEEDED");
        // the import budget has its own end, with the same answer
        var chunks = call(token, "importProspects", chunk(IMPORT_CHUNKS));
        assertThat(chunks.status()).as("chunk 241").isEqualTo(429);
        assertThat(chunks.errorCode()).isEqualTo("RATE_LIMIT_EXCEEDED");
        assertThat(Long.parseLong(chunks.header("Retry-After"))).isBetween(1L, 60L);

        clock.advance(Duration.ofMinutes(1));
        var list = call(token, "listProspects", "{\"limit\":1}");
        assertThat(list.status()).as("a new minute").isEqualTo(200);
        assertThat(list.json().path("total").path("count").asInt()).as("a refused chunk imports nothing")
                .isEqualTo(IMPORT_CHUNKS);
        assertThat(call(token, "importProspects", chunk(IMPORT_CHUNKS)).status()).isEqualTo(200);
    }
}
