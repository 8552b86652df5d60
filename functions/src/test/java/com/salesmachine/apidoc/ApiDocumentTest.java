package com.salesmachine.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.contract.FunctionSpec;
import com.salesmachine.contract.Functions;
import com.salesmachine.support.ApplicationTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiDocumentTest extends ApplicationTest {

    @Test
    void theApiServesTheCommittedDocument() throws IOException {
        var r = http.get("/openapi.json");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.header("X-Request-Id")).isNotBlank();
        assertThat(r.body()).isEqualTo(Files.readString(Path.of("..", "docs", "openapi.json")));
    }

    @Test
    void theDocumentIsOnlyAGet() {
        var r = http.post("openapi.json", "{}");

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.errorCode()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void everyDocumentedFunctionIsServedAndAnswersAnUnsignedEmptyCallAsDocumented() {
        JsonNode paths = http.get("/openapi.json").json().path("paths");
        List<String> documented = new ArrayList<>(paths.propertyNames());
        assertThat(documented).containsExactlyElementsOf(Functions.ALL.stream().map(f -> "/" + f.name()).toList());

        for (FunctionSpec function : Functions.ALL) {
            JsonNode operation = paths.path("/" + function.name()).path(function.isSupplier() ? "get" : "post");
            var r = function.isSupplier() ? http.get("/" + function.name()) : http.post(function.name(), "{}");
            // no credentials and an empty body: 401 for user and integration functions, 422 for signup and login
            assertThat(operation.path("responses").has(String.valueOf(r.status())))
                    .as("%s answered %d %s, which its operation does not list", function.name(), r.status(), r.body())
                    .isTrue();
            assertThat(r.status()).as(function.name()).isNotEqualTo(404);
        }
    }
}
