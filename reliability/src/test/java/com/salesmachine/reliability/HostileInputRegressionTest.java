package com.salesmachine.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;
import org.junit.jupiter.api.Test;

/** The product bugs scenario 5 (and CI) found, each pinned by a direct test. */
class HostileInputRegressionTest extends ApplicationTest {

    @Test
    void aNulCharacterOrALoneSurrogateAnywhereInTheBodyIs422NamingTheFieldAndStoresNothing() {
        String token = newUser();
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token);

        // before the fix: PostgreSQL refused the NUL (22021 / 22P05 in jsonb) and the API answered 500
        assertValidation(http.post("createCampaign", "{\"name\":\"a\\u0000b\"}", auth), "name");
        assertValidation(http.post("createCampaign", "{\"name\":\"ok\",\"icpCriteria\":{\"industries\":[\"\\ud800\"],"
                + "\"jobTitles\":[],\"companySizes\":[],\"locations\":[]}}", auth), "icpCriteria.industries[0]");
        assertValidation(http.post("updateMe", "{\"fullName\":\"x\\udc00\"}", auth), "fullName");
        assertValidation(http.post("createCampaign", "{\"name\":\"ok\",\"n\\u0000\":1}", auth), "body");

        assertThat(http.post("listCampaigns", "{}", auth).json().path("items").size()).isZero();
        assertThat(http.post("me", "{}", auth).json().path("fullName").asString()).isEqualTo("Test User");
        // a well-formed pair (an emoji) is still fine
        assertThat(http.post("createCampaign", "{\"name\":\"Launch \\ud83d\\ude80\"}", auth).status()).isEqualTo(200);
    }

    @Test
    void theNextRequestOnAConnectionIsAnsweredAfterAnAnswerGivenBeforeTheBodyWasRead() {
        // before the fix, about one request in five after such an answer hung until the client gave up (30 s)
        TestHttp client = new TestHttp(port);
        byte[] oversized = new byte[1024 * 1024 + 100];
        Arrays.fill(oversized, (byte) ' ');
        oversized[0] = '{';
        oversized[oversized.length - 1] = '}';
        Map<String, String> json = Map.of("Content-Type", "application/json");
        for (int i = 0; i < 10; i++) {
            assertThat(client.raw("DELETE", "/health", "{\"a\":1}".getBytes(), json).status()).isEqualTo(405);
            assertThat(client.raw("GET", "/health", null, Map.of()).status()).isEqualTo(200);
            assertThat(client.raw("POST", "/nope", "{\"a\":1}".getBytes(), json).status()).isEqualTo(404);
            assertThat(client.raw("POST", "/login", "{}".getBytes(), json).status()).isEqualTo(422);
            assertThat(client.raw("POST", "/login", "{\"a\":1}".getBytes(), Map.of("Content-Type", "text/plain")).status())
                    .isEqualTo(415);
            assertThat(client.raw("POST", "/login", "{}".getBytes(), json).status()).isEqualTo(422);
            assertThat(client.raw("POST", "/login", oversized, json).status()).isEqualTo(413);
            assertThat(client.raw("POST", "/login", "{}".getBytes(), json).status()).isEqualTo(422);
        }
    }

    @Test
    void aRefusedBodyIsReadToItsEndSoTheClientGetsTheAnswerNotAReset() {
        // before the fix the 413 went out and the connection closed with the body unread: the kernel reset it, and
        // a client still uploading saw "received no bytes" instead of the answer (CI, a body of 1 MiB + 20 bytes)
        Map<String, String> json = Map.of("Content-Type", "application/json");
        for (int size : new int[] {1024 * 1024 + 20, 7 * 1024 * 1024}) {
            byte[] body = new byte[size];
            Arrays.fill(body, (byte) ' ');
            for (int i = 0; i < 3; i++) {
                var r = new TestHttp(port).raw("POST", "/login", body, json);
                assertThat(r.status()).as("%d bytes, try %d", size, i).isEqualTo(413);
                assertThat(r.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
                assertThat(r.header("Connection")).isEqualTo("close");
            }
        }
        // the same for an answer given before the body is read for another reason, and for a body sent in chunks
        byte[] twoMebibytes = new byte[2 * 1024 * 1024];
        Arrays.fill(twoMebibytes, (byte) ' ');
        assertThat(new TestHttp(port).raw("POST", "/nope", twoMebibytes, json).status()).isEqualTo(404);
        assertThat(new TestHttp(port).raw("POST", "/login", twoMebibytes, Map.of("Content-Type", "text/plain")).status())
                .isEqualTo(415);
        assertThat(new TestHttp(port).raw("PUT", "/login", twoMebibytes, json).status()).isEqualTo(405);
        assertThat(new TestHttp(port).postChunked("login", twoMebibytes).status()).isEqualTo(413);
        assertThat(new TestHttp(port).postChunked("login", "{}".getBytes()).status()).isEqualTo(422);
    }

    @Test
    void aRefusedUploadIsReadToItsEndThenAnsweredAndClosedInOrder() throws IOException {
        // before the fix: the 413 went out and the connection closed with the body unread, so the kernel reset it;
        // the client's upload failed (broken pipe) or its read did (connection reset), and a client slow to read
        // lost the answer itself (CI saw the JDK client report "header parser received no bytes")
        for (int size : new int[] {1024 * 1024 + 20, 3 * 1024 * 1024}) {
            for (int i = 0; i < 3; i++) {
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    socket.setSoTimeout(10_000);
                    var out = socket.getOutputStream();
                    out.write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(new byte[size]);
                    out.flush();
                    String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(answer).as("%d bytes, try %d", size, i).startsWith("HTTP/1.1 413")
                            .contains("PAYLOAD_TOO_LARGE").containsIgnoringCase("connection: close");
                }
            }
        }
    }

    @Test
    void aRequestAfterAPreflightOrAGetThatCarriedABodyIsAnsweredOnTheSameConnection() throws IOException {
        // before the fix: a preflight (here refused, 403) or a GET /health was answered with its body unread, and
        // the next request on that kept-alive connection sometimes got no answer at all: scenario 5 saw it in
        // about one run in three; a capture showed the request delivered and acknowledged and nothing sent back
        // for 30 s, the connection's previous request an OPTIONS preflight with a body. This sequence stalled 4 of
        // 150 connections before the fix (authenticated calls first: their answers come from other threads).
        // The instance without per-user limits: 150 rounds are more calls than a user may make in a minute.
        int instance = Instances.unthrottled();
        String email = "preflight-" + UUID.randomUUID() + "@example.com";
        String token = new TestHttp(instance).post("signup", "{\"email\":\"" + email
                + "\",\"password\":\"Secret-pass-1\",\"fullName\":\"Test User\"}").json().path("session").path("token").asString();
        String preflight = "OPTIONS /me HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://elsewhere.example\r\n"
                + "Access-Control-Request-Method: POST\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
        String healthWithBody = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2\r\n\r\n{}";
        String me = "POST /me HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer "
                + token + "\r\nContent-Length: 2\r\n\r\n{}";
        for (int round = 0; round < 150; round++) {
            try (RawConnection connection = new RawConnection(instance)) {
                assertThat(connection.exchange(me)).as("me, round %d", round).startsWith("HTTP/1.1 200");
                assertThat(connection.exchange(preflight)).as("preflight, round %d", round).startsWith("HTTP/1.1 403");
                assertThat(connection.exchange(me)).as("me after a preflight, round %d", round).startsWith("HTTP/1.1 200");
                assertThat(connection.exchange(healthWithBody)).as("health, round %d", round).startsWith("HTTP/1.1 200");
                assertThat(connection.exchange(me)).as("me after health, round %d", round).startsWith("HTTP/1.1 200");
            }
        }
    }

    @Test
    void aRefusedBodyTheClientHasNotSentYetIsNotAskedFor() throws IOException {
        // Expect: 100-continue (curl sends it for bodies over 1 MiB): the refusal goes out at once, without a
        // "100 Continue" that would make the client upload a body only to throw it away
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Expect: 100-continue\r\nContent-Length: " + (2 * 1024 * 1024) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            // before: "100 Continue", then (no body coming) the 413 after the 5 s drain limit
            assertThat(answer).startsWith("HTTP/1.1 413").contains("PAYLOAD_TOO_LARGE").doesNotContain("100 Continue");
        }
    }

    /** One kept-alive connection, one request at a time, answers read by their Content-Length: no client pool. */
    private static final class RawConnection implements AutoCloseable {
        private final Socket socket;
        private final DataInputStream in;

        RawConnection(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(5_000);
            in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        }

        /** The head, then the body, in two writes as the JDK client sends them; the answer, whole. */
        String exchange(String request) throws IOException {
            int split = request.indexOf("\r\n\r\n") + 4;
            var out = socket.getOutputStream();
            out.write(request.substring(0, split).getBytes(StandardCharsets.UTF_8));
            out.flush();
            out.write(request.substring(split).getBytes(StandardCharsets.UTF_8));
            out.flush();
            StringBuilder head = new StringBuilder();
            try {
                while (head.indexOf("\r\n\r\n") < 0) {
                    head.append((char) in.readUnsignedByte());
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("no answer within 5 s to " + request.substring(0, request.indexOf('\r')), e);
            }
            var length = Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
            byte[] body = new byte[length.find() ? Integer.parseInt(length.group(1)) : 0];
            in.readFully(body);
            return head + new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
