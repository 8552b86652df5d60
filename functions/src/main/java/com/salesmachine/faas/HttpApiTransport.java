package com.salesmachine.faas;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.pipeline.Call;
import com.salesmachine.platform.transport.Answer;
import com.salesmachine.platform.transport.ApiTransport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import reactor.core.publisher.Mono;

/**
 * The Lambda adapter of {@link ApiTransport}: an API Gateway HTTP API (payload 2.0) event becomes a {@link Call}
 * (the route's path names the function, {@code POST /login} -> {@code login}; the client address is
 * {@code requestContext.http.sourceIp}, never the client's say; the {@code cookies} array is the {@code cookie}
 * header), the transport decides what is refused and runs the function it names (found in Spring Cloud Function's
 * catalogue), and the transport's {@link Answer} becomes the response event (its headers, its {@code cookies}
 * array).
 */
public final class HttpApiTransport {

    /** The name the AWS handler is pointed at with {@code spring.cloud.function.definition}. */
    public static final String FUNCTION_NAME = "httpApi";

    private final ApiTransport transport;

    HttpApiTransport(ApiTransport transport) {
        this.transport = transport;
    }

    public Mono<APIGatewayV2HTTPResponse> handle(APIGatewayV2HTTPEvent event) {
        Map<String, String> headers = headers(event);
        Call call = new Call(method(event), functionName(event), headers.get("x-request-id"), sourceIp(event), headers,
                false);
        return Mono.defer(() -> route(event, call))
                .onErrorResume(failure -> Mono.just(transport.error(call, failure)))
                .map(HttpApiTransport::response)
                .contextWrite(call::into);
    }

    private Mono<Answer> route(APIGatewayV2HTTPEvent event, Call call) {
        Answer refused = transport.refusal(call, call.header("content-type"), -1);
        if (refused != null) {
            return Mono.just(refused);
        }
        if (!transport.isSupplier(call)) {
            byte[] body = body(event);
            Answer tooLarge = transport.bodyRefusal(call, body.length);
            if (tooLarge != null) {
                return Mono.just(tooLarge);
            }
            call.withBody(body);
        }
        return transport.invoke(call).map(payload -> transport.answer(call, payload));
    }

    /** {@code {proxy+}} path parameter, else the route's own path, else the raw path (no stage prefix). */
    static String functionName(APIGatewayV2HTTPEvent event) {
        Map<String, String> parameters = event.getPathParameters();
        if (parameters != null && parameters.get("proxy") != null) {
            return parameters.get("proxy");
        }
        String routeKey = event.getRouteKey();
        if (routeKey != null && routeKey.contains(" /") && !routeKey.contains("{")) {
            return routeKey.substring(routeKey.indexOf(" /") + 2);
        }
        String path = event.getRawPath() == null ? "" : event.getRawPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String method(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        String method = context == null || context.getHttp() == null ? null : context.getHttp().getMethod();
        return method == null ? "" : method.toUpperCase(Locale.ROOT);
    }

    private static String sourceIp(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        String ip = context == null || context.getHttp() == null ? null : context.getHttp().getSourceIp();
        return ip == null || ip.isBlank() ? "unknown" : ip;
    }

    private static byte[] body(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (event.getIsBase64Encoded()) {
            try {
                return Base64.getDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw new ApiException(ErrorCode.INVALID_REQUEST, "The body is not valid base64");
            }
        }
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** Lower-cased names; API Gateway v2 moves the {@code Cookie} header into the {@code cookies} array. */
    private static Map<String, String> headers(APIGatewayV2HTTPEvent event) {
        Map<String, String> out = new TreeMap<>();
        if (event.getHeaders() != null) {
            event.getHeaders().forEach((name, value) -> {
                if (name != null && value != null) {
                    out.put(name.toLowerCase(Locale.ROOT), value);
                }
            });
        }
        List<String> cookies = event.getCookies();
        if (cookies != null && !cookies.isEmpty()) {
            out.put("cookie", String.join("; ", cookies));
        }
        return out;
    }

    private static APIGatewayV2HTTPResponse response(Answer answer) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(answer.status())
                .withHeaders(new LinkedHashMap<>(answer.headers()))
                .withCookies(answer.cookies())
                .withBody(new String(answer.body(), StandardCharsets.UTF_8))
                .withIsBase64Encoded(false)
                .build();
    }
}
