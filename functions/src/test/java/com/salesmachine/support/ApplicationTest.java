package com.salesmachine.support;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for integration tests: the whole application on a random port, against the shared local stack
 * (real PostgreSQL, real Redis behind the Upstash REST gateway), called over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
public abstract class ApplicationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @LocalServerPort
    protected int port;
    protected TestHttp http;

    @BeforeEach
    void httpClient() {
        http = new TestHttp(port);
    }

    /** Signs up a fresh user and returns its bearer token. */
    protected String newUser() {
        String email = "user-" + java.util.UUID.randomUUID() + "@example.com";
        var r = http.post("signup", "{\"email\":\"" + email + "\",\"password\":\"Secret-pass-1\",\"fullName\":\"Test User\"}");
        if (r.status() != 200) {
            throw new IllegalStateException("signup failed: " + r.status() + " " + r.body());
        }
        return r.json().path("session").path("token").asString();
    }

    /** A 422 VALIDATION_ERROR whose details name this field. */
    protected static void assertValidation(TestHttp.Response r, String field) {
        org.assertj.core.api.Assertions.assertThat(r.status()).as(r.body()).isEqualTo(422);
        org.assertj.core.api.Assertions.assertThat(r.errorCode()).isEqualTo("VALIDATION_ERROR");
        org.assertj.core.api.Assertions.assertThat(r.json().path("error").path("details").values().stream()
                .map(d -> d.path("field").asString()).toList()).contains(field);
    }

    protected TestHttp.Response call(String token, String function, String body) {
        return http.post(function, body, Map.of("Authorization", "Bearer " + token));
    }
}
