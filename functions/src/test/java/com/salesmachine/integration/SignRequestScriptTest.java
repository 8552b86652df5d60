package com.salesmachine.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.support.ApplicationTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** scripts/sign-request produces requests the application accepts, and replays exactly once with a fixed id. */
class SignRequestScriptTest extends ApplicationTest {

    @Autowired
    DatabaseClient db;

    @Test
    void theScriptSignsARequestTheApplicationAcceptsAndAReplayWithTheSameIdChangesNothing() throws Exception {
        Fixtures fx = new Fixtures(db);
        UUID user = fx.user();
        UUID prospect = fx.prospect(user);
        Path body = Files.createTempFile("sign-request", ".json");
        Files.writeString(body, "{\"userId\":\"" + user + "\",\"prospectId\":\"" + prospect + "\",\"status\":\"pending\"}\n");
        String delivery = "script-" + UUID.randomUUID();

        String first = run(body, delivery);
        String replay = run(body, delivery);

        assertThat(first).contains("{\"ok\":true}").contains("HTTP 200");
        assertThat(replay).contains("HTTP 200");
        assertThat(fx.count("SELECT count(*) FROM activity_events WHERE prospect_id = :p AND type = 'connection_pending'", "p", prospect))
                .isEqualTo(1);
    }

    private String run(Path body, String deliveryId) throws IOException, InterruptedException {
        Path script = Path.of("..", "scripts", "sign-request");
        if (!Files.exists(script)) {
            script = Path.of("scripts", "sign-request");
        }
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), "recordConnectionStatus", body.toString(),
                "http://127.0.0.1:" + port).redirectErrorStream(true);
        pb.environment().put("SM_DELIVERY_ID", deliveryId);
        pb.environment().remove("SM_WEBHOOK_SECRET");
        Process process = pb.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
