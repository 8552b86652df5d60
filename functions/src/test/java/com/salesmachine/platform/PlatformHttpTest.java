package com.salesmachine.platform;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.support.ApplicationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.function.web.flux.FunctionController;
import org.springframework.cloud.function.web.flux.FunctionHandlerMapping;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Mono;

@ExtendWith(OutputCaptureExtension.class)
class PlatformHttpTest extends ApplicationTest {

    enum Colour { DARK_BLUE, RED }

    record EchoInput(@NotBlank String name, @Min(1) @Max(100) Integer limit, Colour colour) {
    }

    record EchoOutput(String greeting, Integer limit, Colour colour) {
    }

    record FailInput(String kind) {
    }

    @TestConfiguration
    static class TestFunctions {
        @Bean
        FunctionDeclaration echoDeclaration() {
            return new FunctionDeclaration("echo", Access.PUBLIC, EchoInput.class);
        }

        @Bean
        FunctionDeclaration failDeclaration() {
            return new FunctionDeclaration("fail", Access.PUBLIC, FailInput.class);
        }

        @Bean
        ApiFunction<EchoInput, EchoOutput> echo() {
            return (in, caller) -> Mono.just(new EchoOutput("hello " + in.name(), in.limit(), in.colour()));
        }

        @Bean
        ApiFunction<FailInput, Object> fail() {
            return (in, caller) -> switch (in.kind()) {
                case "conflict" -> Mono.error(ApiException.conflict("already there"));
                case "forbidden" -> Mono.error(new ApiException(ErrorCode.FORBIDDEN, "not yours"));
                case "unauthorized" -> Mono.error(ApiException.unauthorized());
                case "credentials" -> Mono.error(new ApiException(ErrorCode.INVALID_CREDENTIALS, "wrong"));
                case "notfound" -> Mono.error(ApiException.notFound("Campaign"));
                case "ratelimit" -> Mono.error(ApiException.rateLimited(42));
                case "unavailable" -> Mono.error(new java.net.ConnectException("connection refused to secret-host:5432"));
                default -> Mono.error(new IllegalStateException("boom: SELECT * FROM secrets"));
            };
        }
    }

    @Test
    void aValidCallAnswersJsonWithARequestId() {
        var r = http.post("echo", "{\"name\":\"Ada\",\"limit\":5,\"colour\":\"DARK_BLUE\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.json().path("greeting").asString()).isEqualTo("hello Ada");
        assertThat(r.header("X-Request-Id")).isNotBlank();
        assertThat(r.headers().map()).doesNotContainKeys("statusCode", "statuscode", "contentType");
    }

    @Test
    void functionsAreRoutedByTheTransportsRouteAlone(@Autowired ApplicationContext context) {
        // spring-cloud-function-web's controller is excluded (docs/architecture.md): one route, platform.http's
        assertThat(context.getBeanNamesForType(FunctionController.class)).isEmpty();
        assertThat(context.getBeanNamesForType(FunctionHandlerMapping.class)).isEmpty();
        assertThat(http.post("echo", "{\"name\":\"route\"}").json().path("greeting").asString()).isEqualTo("hello route");
    }

    @Test
    void aSaneIncomingRequestIdIsEchoedAndAnInsaneOneReplaced() {
        var sane = http.post("echo", "{\"name\":\"a\"}", Map.of("X-Request-Id", "req-12345678"));
        assertThat(sane.header("X-Request-Id")).isEqualTo("req-12345678");
        var insane = http.post("echo", "{\"name\":\"a\"}", Map.of("X-Request-Id", "<script>alert(1)</script>"));
        assertThat(insane.header("X-Request-Id")).isNotEqualTo("<script>alert(1)</script>").hasSize(36);
    }

    @Test
    void requestHeadersAreNeverReflectedInTheResponse() {
        var r = http.post("echo", "{\"name\":\"a\"}",
                Map.of("Authorization", "Bearer secret-token", "X-Custom", "x", "Cookie", "sm_session=abc"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().map().keySet()).noneMatch(h -> h.equalsIgnoreCase("authorization")
                || h.equalsIgnoreCase("x-custom") || h.equalsIgnoreCase("cookie"));
        assertThat(r.headers().map().toString()).doesNotContain("secret-token");
    }

    @Test
    void malformedJsonIs400() {
        var r = http.post("echo", "{\"name\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("INVALID_REQUEST");
        assertThat(r.json().path("error").path("requestId").asString()).isEqualTo(r.header("X-Request-Id"));
    }

    @Test
    void aBodyThatIsNotAnObjectIs400() {
        assertThat(http.post("echo", "[1,2]").status()).isEqualTo(400);
        assertThat(http.post("echo", "").status()).isEqualTo(400);
    }

    @Test
    void aWrongJsonTypeIs400() {
        var r = http.post("echo", "{\"name\":\"a\",\"limit\":\"five\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void unknownFieldsAre422NamingTheField() {
        var r = http.post("echo", "{\"name\":\"a\",\"admin\":true}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.errorCode()).isEqualTo("VALIDATION_ERROR");
        assertThat(r.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("admin");
    }

    @Test
    void missingAndOutOfRangeFieldsAre422WithOneDetailEach() {
        var r = http.post("echo", "{\"limit\":500}");
        assertThat(r.status()).isEqualTo(422);
        var details = r.json().path("error").path("details");
        assertThat(details.size()).isEqualTo(2);
        assertThat(details.get(0).path("field").asString()).isEqualTo("limit");
        assertThat(details.get(1).path("field").asString()).isEqualTo("name");
    }

    @Test
    void aBadEnumValueIs422ListingTheAllowedValues() {
        var r = http.post("echo", "{\"name\":\"a\",\"colour\":\"green\"}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().path("error").path("details").get(0).path("field").asString()).isEqualTo("colour");
        assertThat(r.json().path("error").path("details").get(0).path("issue").asString()).contains("RED");
    }

    @Test
    void nonJsonIs415() {
        var r = http.postBytes("echo", "name=a".getBytes(), "application/x-www-form-urlencoded");
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.errorCode()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(http.postBytes("echo", "{}".getBytes(), null).status()).isEqualTo(415);
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        byte[] big = ("{\"name\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}").getBytes();
        var r = http.postBytes("echo", big, "application/json");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBodyJustUnderOneMebibyteIsAccepted() {
        byte[] body = ("{\"name\":\"" + "x".repeat(1024 * 1024 - 100) + "\"}").getBytes();
        assertThat(http.postBytes("echo", body, "application/json").status()).isEqualTo(200);
    }

    @Test
    void anUnknownFunctionIs404() {
        var r = http.post("nope", "{}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(http.post("echo/extra", "{}").status()).isEqualTo(404);
        assertThat(http.get("/").status()).isEqualTo(404);
    }

    @Test
    void aWrongMethodIs405NeverA500() {
        for (String method : new String[] {"GET", "PUT", "DELETE", "PATCH"}) {
            var r = http.request(method, "/echo", Map.of());
            assertThat(r.status()).as(method).isEqualTo(405);
            assertThat(r.errorCode()).isEqualTo("INVALID_REQUEST");
            assertThat(r.header("Allow")).isEqualTo("POST");
        }
        assertThat(http.post("health", "{}").status()).isEqualTo(405);
    }

    @Test
    void everyBusinessErrorMapsToItsStatus() {
        Map<String, Integer> expected = Map.of("conflict", 409, "forbidden", 403, "unauthorized", 401,
                "credentials", 401, "notfound", 404, "ratelimit", 429, "unavailable", 503, "bug", 500);
        expected.forEach((kind, status) -> {
            var r = http.post("fail", "{\"kind\":\"" + kind + "\"}");
            assertThat(r.status()).as(kind).isEqualTo(status);
            assertThat(r.json().path("error").path("requestId").asString()).isEqualTo(r.header("X-Request-Id"));
        });
        assertThat(http.post("fail", "{\"kind\":\"ratelimit\"}").header("Retry-After")).isEqualTo("42");
    }

    @Test
    void anUnexpectedFailureIsAGeneric500WithoutInternals() {
        var r = http.post("fail", "{\"kind\":\"bug\"}");
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.errorCode()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(r.body()).doesNotContain("SELECT", "boom", "Exception", "at com.");
        assertThat(r.json().path("error").path("message").asString()).contains(r.header("X-Request-Id"));
    }

    @Test
    void everyLogLineOfARequestCarriesItsRequestId(CapturedOutput output) {
        String id = "log-check-" + java.util.UUID.randomUUID();
        http.post("fail", "{\"kind\":\"bug\"}", Map.of("X-Request-Id", id));
        // the two lines this request logs, on whatever threads they were written
        assertThat(output.getAll().lines().filter(line -> line.contains(id))
                .filter(line -> line.contains("Unexpected failure") || line.contains("Answered 500")))
                .hasSize(2);
    }

    @Test
    void anOutageIs503WithoutNamingHosts() {
        var r = http.post("fail", "{\"kind\":\"unavailable\"}");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.errorCode()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(r.body()).doesNotContain("secret-host");
    }

    @Test
    void healthNamesTheVersionAndInstanceOnlyToACallFromTheInstancesOwnHost() throws InterruptedException {
        var internal = http.get("/health");
        // the first probes of a fresh context open their connections: on a loaded machine that can outlast the
        // 1.5 s component timeout (503 DOWN), which is the product's answer, so wait for UP as a load balancer would
        for (int i = 0; i < 20 && internal.status() == 503; i++) {
            Thread.sleep(500);
            internal = http.get("/health");
        }
        assertThat(internal.status()).as(internal.body()).isEqualTo(200);
        assertThat(internal.json().path("status").asString()).isEqualTo("UP");
        assertThat(internal.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(internal.json().path("version").asString()).isNotBlank();
        assertThat(internal.json().path("instance").asString()).isNotBlank();

        var proxied = http.request("GET", "/health", Map.of("X-Forwarded-For", "198.51.100.7"));
        assertThat(proxied.status()).isEqualTo(200);
        assertThat(proxied.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(proxied.json().has("version")).isFalse();
        assertThat(proxied.json().has("instance")).isFalse();
    }
}
