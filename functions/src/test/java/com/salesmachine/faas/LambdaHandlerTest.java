package com.salesmachine.faas;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.integration.Webhook;
import com.salesmachine.support.ApplicationTest;
import com.salesmachine.support.TestHttp;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The Lambda deployment runs the same functions as the HTTP one: the AWS adapter's FunctionInvoker is
 * invoked in process with API Gateway HTTP API (v2) events, next to the HTTP deployment of
 * {@link ApplicationTest}, both against the same PostgreSQL and Upstash.
 */
class LambdaHandlerTest extends ApplicationTest {

    private final String sourceIp = "203.0.113." + (1 + (int) (Math.random() * 250));

    private static String email() {
        return "lambda-" + UUID.randomUUID() + "@example.com";
    }

    private static String credentials(String email) {
        return "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\"}";
    }

    private LambdaResponse signUp(String email) {
        LambdaResponse signup = LambdaHandler.invoke(LambdaEvent.post("signup",
                "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\",\"fullName\":\"Lambda User\"}").sourceIp(sourceIp));
        assertThat(signup.statusCode()).as(signup.body()).isEqualTo(200);
        return signup;
    }

    @Test
    void healthAnswersUpWithItsComponentsOnGet() {
        LambdaResponse health = LambdaHandler.invoke(LambdaEvent.health());

        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").path("upstash").path("status").asString()).isEqualTo("UP");
        assertThat(health.raw().path("isBase64Encoded").isBoolean()).isTrue();
        System.out.println("Lambda response to GET /health: " + health.raw());
        assertThat(health.header("Content-Type")).isEqualTo("application/json");
        assertThat(health.header("X-Request-Id")).isNotBlank();
        assertThat(health.cookies()).isEmpty();
    }

    @Test
    void loginSetsTheSessionCookieAndItsTokenWorksAsBearerAndAsCookie() {
        String email = email();
        signUp(email);

        LambdaResponse login = LambdaHandler.invoke(LambdaEvent.post("login", credentials(email)).sourceIp(sourceIp));

        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String token = login.json().path("session").path("token").asString();
        assertThat(token).hasSize(43);
        assertThat(login.cookies()).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("sm_session=" + token + ";").contains("HttpOnly").contains("SameSite=Lax")
                .contains("Path=/").containsPattern("Max-Age=\\d+"));
        assertThat(login.headers()).doesNotContainKeys("statusCode", "sm-session-cookie", "Set-Cookie");

        LambdaResponse bearer = LambdaHandler.invoke(LambdaEvent.post("me", "{}").bearer(token).sourceIp(sourceIp));
        assertThat(bearer.statusCode()).as(bearer.body()).isEqualTo(200);
        assertThat(bearer.json().path("email").asString()).isEqualTo(email);

        LambdaResponse cookie = LambdaHandler.invoke(LambdaEvent.post("me", "{}")
                .cookies(List.of("theme=dark", "sm_session=" + login.sessionCookieValue())).sourceIp(sourceIp));
        assertThat(cookie.statusCode()).as(cookie.body()).isEqualTo(200);
        assertThat(cookie.json().path("email").asString()).isEqualTo(email);
    }

    @Test
    void logoutClearsTheCookieAndTheSessionIsDeadForBothDeployments() {
        String email = email();
        String token = signUp(email).json().path("session").path("token").asString();

        LambdaResponse logout = LambdaHandler.invoke(LambdaEvent.post("logout", "{}").bearer(token).sourceIp(sourceIp));

        assertThat(logout.statusCode()).as(logout.body()).isEqualTo(200);
        assertThat(logout.cookies()).singleElement().satisfies(cookie ->
                assertThat(cookie).startsWith("sm_session=;").contains("Max-Age=0"));
        assertThat(LambdaHandler.invoke(LambdaEvent.post("me", "{}").bearer(token)).statusCode()).isEqualTo(401);
        assertThat(call(token, "me", "{}").status()).isEqualTo(401);
    }

    @Test
    void aSessionCreatedOverHttpIsAcceptedByTheLambdaHandler() {
        String token = newUser();

        LambdaResponse me = LambdaHandler.invoke(LambdaEvent.post("me", "{}").bearer(token).sourceIp(sourceIp));

        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.json().path("id").asString()).isEqualTo(call(token, "me", "{}").json().path("id").asString());
    }

    @Test
    void aSessionCreatedByTheLambdaHandlerIsAcceptedOverHttp() {
        String email = email();
        signUp(email);
        String token = LambdaHandler.invoke(LambdaEvent.post("login", credentials(email)).sourceIp(sourceIp))
                .json().path("session").path("token").asString();

        TestHttp.Response me = call(token, "me", "{}");

        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().path("email").asString()).isEqualTo(email);
    }

    @Test
    void anIntegrationFunctionRunsWithAValidSignatureAndIsRefusedWithAnInvalidOne() {
        LambdaResponse signup = signUp(email());
        String token = signup.json().path("session").path("token").asString();
        String userId = signup.json().path("user").path("id").asString();
        LambdaResponse prospect = LambdaHandler.invoke(LambdaEvent.post("createProspect",
                "{\"fullName\":\"Pat Doe\",\"companyName\":\"Acme\",\"email\":\"pat-" + UUID.randomUUID() + "@example.com\"}")
                .bearer(token).sourceIp(sourceIp));
        assertThat(prospect.statusCode()).as(prospect.body()).isEqualTo(200);
        String body = "{\"userId\":\"" + userId + "\",\"prospectId\":\"" + prospect.json().path("id").asString()
                + "\",\"likes\":2,\"comments\":1,\"day\":1}";
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String delivery = "d-" + UUID.randomUUID();
        String forgedDelivery = "d-" + UUID.randomUUID();

        LambdaResponse signed = LambdaHandler.invoke(LambdaEvent.post("recordWarmup", body)
                .header("X-Sm-Timestamp", timestamp)
                .header("X-Sm-Signature", Webhook.signature(Webhook.SECRET, timestamp, "recordWarmup", delivery, body))
                .header("X-Sm-Delivery-Id", delivery));
        LambdaResponse forged = LambdaHandler.invoke(LambdaEvent.post("recordWarmup", body)
                .header("X-Sm-Timestamp", timestamp)
                .header("X-Sm-Signature", Webhook.signature("not-the-secret", timestamp, "recordWarmup", forgedDelivery, body))
                .header("X-Sm-Delivery-Id", forgedDelivery));

        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().path("ok").asBoolean()).isTrue();
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(401);
        assertThat(forged.errorCode()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void aValidationErrorIs422WithTheFieldsFromABase64BodyRoutedByRouteKeyOnANamedStage() {
        LambdaResponse response = LambdaHandler.invoke(LambdaEvent.fixture("post-route-on-stage.json"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(response.json().path("error").path("details").findValuesAsString("field"))
                .contains("email", "password");
        assertThat(response.json().path("error").path("requestId").asString())
                .isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void anUnknownFunctionIs404() {
        LambdaResponse response = LambdaHandler.invoke(LambdaEvent.post("noSuchFunction", "{}"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aUserFunctionWithoutASessionIs401() {
        LambdaResponse response = LambdaHandler.invoke(LambdaEvent.post("me", "{}"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void theTransportRulesOfHttpHoldWrongMethodNotJsonAndAnEchoedRequestId() {
        LambdaResponse get = LambdaHandler.invoke(LambdaEvent.post("login", "{}").method("GET"));
        LambdaResponse postHealth = LambdaHandler.invoke(LambdaEvent.health().method("POST"));
        LambdaResponse text = LambdaHandler.invoke(LambdaEvent.post("login", "hello").header("content-type", "text/plain"));
        LambdaResponse echoed = LambdaHandler.invoke(LambdaEvent.health().header("X-Request-Id", "trace-1234abcd"));

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.header("Allow")).isEqualTo("POST");
        assertThat(postHealth.statusCode()).isEqualTo(405);
        assertThat(postHealth.header("Allow")).isEqualTo("GET, HEAD");
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(echoed.header("X-Request-Id")).isEqualTo("trace-1234abcd");
    }

    @Test
    void theClientAddressIsTheSourceIpAndAClientCannotChooseIt() {
        String ip = "198.51.100." + (1 + (int) (Math.random() * 250));
        LambdaResponse last = null;
        for (int i = 0; i <= 30; i++) {
            last = LambdaHandler.invoke(LambdaEvent.post("login", credentials(email())).sourceIp(ip)
                    .header("sm-client-ip", "10.9.8." + i).header("x-forwarded-for", "10.7.6." + i));
        }

        assertThat(last.statusCode()).as(last.body()).isEqualTo(429);
        assertThat(last.errorCode()).isEqualTo("RATE_LIMIT_EXCEEDED");
        assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 60);
        assertThat(LambdaHandler.invoke(LambdaEvent.post("login", credentials(email())).sourceIp(ip + "1"))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void theSameFunctionsAreReachableOverBothDeployments() {
        Map<String, Integer> statuses = Map.of(
                "health", LambdaHandler.invoke(LambdaEvent.health()).statusCode(),
                "me", LambdaHandler.invoke(LambdaEvent.post("me", "{}")).statusCode(),
                "claimOutbound", LambdaHandler.invoke(LambdaEvent.post("claimOutbound", "{\"limit\":1}")).statusCode());

        assertThat(statuses).containsEntry("health", http.get("/health").status())
                .containsEntry("me", http.post("me", "{}").status())
                .containsEntry("claimOutbound", http.post("claimOutbound", "{\"limit\":1}").status());
    }

    @Test
    void theAdaptersOwnEventLoggingWhichWouldPrintPasswordsAndTokensIsOff() {
        LambdaHandler.shared();

        assertThat(org.apache.commons.logging.LogFactory
                .getLog("org.springframework.cloud.function.adapter.aws.AWSLambdaUtils").isInfoEnabled()).isFalse();
    }
}
