package com.salesmachine.platform.http;

import com.salesmachine.platform.pipeline.Call;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.reactive.function.server.ServerRequest;

/** The functions' route takes a request only where the transport filter opened a Call for the path it is at. */
class FunctionRouteTest {

    private final FunctionRoute route = new FunctionRoute(null);

    @Test
    void takesTheRequestTheFilterOpenedACallFor() {
        assertThat(route.test(request("/listProspects", "listProspects"))).isTrue();
        assertThat(route.test(request("/openapi.json", "openapi.json"))).isTrue();
    }

    @Test
    void leavesARequestWithoutACallOrAtAnotherPath() {
        assertThat(route.test(request("/listProspects", null))).isFalse();
        // a route of its own that went through the filter as a function (bench/load's bare route) keeps its path
        assertThat(route.test(request("/bench/bare/listProspects", "listProspects"))).isFalse();
        assertThat(route.test(request("/xlistProspects", "listProspects"))).isFalse();
        assertThat(route.test(request("/listProspects/", "listProspects"))).isFalse();
    }

    private static ServerRequest request(String path, String function) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post(path));
        if (function != null) {
            exchange.getAttributes().put(HttpAnswers.CALL_ATTRIBUTE,
                    new Call("POST", function, null, "127.0.0.1", Map.of(), true));
        }
        return ServerRequest.create(exchange, ServerCodecConfigurer.create().getReaders());
    }
}
