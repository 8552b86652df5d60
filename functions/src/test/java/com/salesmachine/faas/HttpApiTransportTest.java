package com.salesmachine.faas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import org.junit.jupiter.api.Test;

/** How an API Gateway route names the function, whatever the route and stage layout. */
class HttpApiTransportTest {

    private static APIGatewayV2HTTPEvent event(String routeKey, String rawPath, Map<String, String> pathParameters) {
        return APIGatewayV2HTTPEvent.builder().withRouteKey(routeKey).withRawPath(rawPath)
                .withPathParameters(pathParameters).build();
    }

    @Test
    void theProxyPathParameterNamesTheFunctionOnACatchAllRoute() {
        assertThat(HttpApiTransport.functionName(event("ANY /{proxy+}", "/prod/login", Map.of("proxy", "login"))))
                .isEqualTo("login");
    }

    @Test
    void anExplicitRouteNamesTheFunctionEvenOnANamedStage() {
        assertThat(HttpApiTransport.functionName(event("GET /health", "/prod/health", null))).isEqualTo("health");
    }

    @Test
    void theDefaultRouteFallsBackToTheRawPath() {
        assertThat(HttpApiTransport.functionName(event("$default", "/listProspects", null))).isEqualTo("listProspects");
    }

    @Test
    void aNestedPathIsNoFunctionName() {
        assertThat(HttpApiTransport.functionName(event("ANY /{proxy+}", "/a/login", Map.of("proxy", "a/login"))))
                .isEqualTo("a/login");
    }
}
