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

/**
 * scripts/sign-request produces requests the application accepts; a redelivery with the same id gets the stored
 * answer; the same signed request sent under another delivery id is refused (the id is signed).
 */
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

    @Test
    void theScriptsSignedRequestSentUnderAnotherDeliveryIdIsUnauthorizedAndChangesNothing() throws Exception {
        Fixtures fx = new Fixtures(db);
        UUID user = fx.user();
        UUID prospect = fx.prospect(user);
        Path body = Files.createTempFile("sign-request", ".json");
        Files.writeString(body, "{\"userId\":\"" + user + "\",\"prospectId\":\"" + prospect + "\",\"status\":\"accepted\"}");
        String delivery = "script-" + UUID.randomUUID();

        String curl = run(body, delivery, "SM_DRY_RUN", "1").trim();
        assertThat(curl).startsWith("curl ").contains("X-Sm-Delivery-Id: " + delivery);
        String replayed = shell(curl.replace("X-Sm-Delivery-Id: " + delivery, "X-Sm-Delivery-Id: script-replay-" + UUID.randomUUID())
                + " -w '\\nHTTP %{http_code}\\n'");
        String original = shell(curl + " -w '\\nHTTP %{http_code}\\n'");

        assertThat(replayed).contains("HTTP 401").contains("UNAUTHORIZED");
        assertThat(original).contains("HTTP 200");
        assertThat(fx.count("SELECT count(*) FROM activity_events WHERE prospect_id = :p AND type = 'connection_accepted'", "p", prospect))
                .isEqualTo(1);
    }

    private static String shell(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private String run(Path body, String deliveryId, String... environment) throws IOException, InterruptedException {
        Path script = Path.of("..", "scripts", "sign-request");
        if (!Files.exists(script)) {
            script = Path.of("scripts", "sign-request");
        }
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), "recordConnectionStatus", body.toString(),
                "http://127.0.0.1:" + port).redirectErrorStream(true);
        pb.environment().put("SM_DELIVERY_ID", deliveryId);
        pb.environment().remove("SM_WEBHOOK_SECRET");
        for (int i = 0; i < environment.length; i += 2) {
            pb.environment().put(environment[i], environment[i + 1]);
        }
        Process process = pb.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
