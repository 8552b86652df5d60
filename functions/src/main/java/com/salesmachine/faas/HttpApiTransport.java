package com.salesmachine.faas;

import com.salesmachine.platform.ApiErrors;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ErrorCode;
import com.salesmachine.platform.FunctionPipeline;
import com.salesmachine.platform.FunctionRegistrar;
import com.salesmachine.platform.JsonCodec;
import com.salesmachine.platform.RequestIds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Mono;

/**
 * API Gateway HTTP API (payload 2.0) to the registered functions and back, with the HTTP transport's
 * rules: the route's path names the function ({@code POST /login} -> {@code login}, {@code GET /health}
 * -> {@code health}); unknown name 404, wrong method 405 with {@code Allow}, not JSON 415, over 1 MiB 413.
 * The request becomes the message the pipeline reads (raw body bytes, lower-cased headers, the
 * {@code cookies} array as a {@code cookie} header, {@code sm-client-ip} from
 * {@code requestContext.http.sourceIp}, never from the client). The answer's {@code statusCode},
 * {@code Retry-After} and session cookie headers become the response event's status, headers and
 * {@code cookies} array; every response carries {@code X-Request-Id}.
 */
public final class HttpApiTransport {

    /** The name the AWS handler is pointed at with {@code spring.cloud.function.definition}. */
    public static final String FUNCTION_NAME = "httpApi";
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final FunctionCatalog catalog;
    private final FunctionRegistrar functions;
    private final SessionCookies cookies;
    private final JsonCodec json;

    HttpApiTransport(FunctionCatalog catalog, FunctionRegistrar functions, SessionCookies cookies, JsonCodec json) {
        this.catalog = catalog;
        this.functions = functions;
        this.cookies = cookies;
        this.json = json;
    }

    public Mono<APIGatewayV2HTTPResponse> handle(APIGatewayV2HTTPEvent event) {
        Map<String, String> headers = lowerCased(event.getHeaders());
        String requestId = RequestIds.acceptOrCreate(headers.get("x-request-id"));
        return Mono.defer(() -> route(event, headers, requestId))
                .onErrorResume(failure -> Mono.just(error(ApiErrors.classify(failure), requestId)))
                .contextWrite(ctx -> ctx.put(RequestIds.MDC_KEY, requestId));
    }

    @SuppressWarnings("unchecked")
    private Mono<APIGatewayV2HTTPResponse> route(APIGatewayV2HTTPEvent event, Map<String, String> headers,
                                                 String requestId) {
        String name = functionName(event);
        String method = method(event);
        if (!functions.isRegistered(name)) {
            return Mono.just(error(new ApiException(ErrorCode.NOT_FOUND, "No such function"), requestId));
        }
        Object target = ((FunctionInvocationWrapper) catalog.lookup(name)).getTarget();
        if (functions.isSupplier(name)) {
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                return Mono.just(methodNotAllowed("GET", requestId));
            }
            return ((Supplier<Mono<Message<byte[]>>>) target).get().map(reply -> response(reply, requestId));
        }
        if (!"POST".equals(method)) {
            return Mono.just(methodNotAllowed("POST", requestId));
        }
        if (!isJson(headers.get("content-type"))) {
            return Mono.just(error(new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as application/json"), requestId));
        }
        byte[] body = body(event);
        if (body.length > MAX_BODY_BYTES) {
            return Mono.just(error(new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is over 1 MiB"),
                    requestId));
        }
        Message<byte[]> request = MessageBuilder.withPayload(body)
                .copyHeaders(requestHeaders(event, headers, requestId))
                .build();
        return ((Function<Message<byte[]>, Mono<Message<byte[]>>>) target).apply(request)
                .map(reply -> response(reply, requestId));
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

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return MediaType.APPLICATION_JSON.includes(type) || "json".equals(type.getSubtypeSuffix());
        } catch (RuntimeException e) {
            return false;
        }
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

    /** What the pipeline reads; the transport's own headers overwrite anything a client sent under those names. */
    private static Map<String, Object> requestHeaders(APIGatewayV2HTTPEvent event, Map<String, String> headers,
                                                      String requestId) {
        Map<String, Object> out = new LinkedHashMap<>(headers);
        out.remove(FunctionPipeline.CLIENT_IP_HEADER);
        List<String> cookieList = event.getCookies();
        if (cookieList != null && !cookieList.isEmpty()) {
            out.put("cookie", String.join("; ", cookieList));
        }
        out.put("x-request-id", requestId);
        var context = event.getRequestContext();
        String sourceIp = context == null || context.getHttp() == null ? null : context.getHttp().getSourceIp();
        out.put(FunctionPipeline.CLIENT_IP_HEADER, sourceIp == null || sourceIp.isBlank() ? "unknown" : sourceIp);
        return out;
    }

    private APIGatewayV2HTTPResponse response(Message<byte[]> reply, String requestId) {
        Map<String, String> headers = baseHeaders(requestId);
        Object retryAfter = reply.getHeaders().get(FunctionPipeline.RETRY_AFTER_HEADER);
        if (retryAfter != null) {
            headers.put("Retry-After", String.valueOf(retryAfter));
        }
        Object cookie = reply.getHeaders().get(FunctionPipeline.COOKIE_HEADER);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status(reply.getHeaders().get(FunctionPipeline.STATUS_HEADER)))
                .withHeaders(headers)
                .withCookies(cookie == null ? List.of() : List.of(cookies.setCookie(String.valueOf(cookie), Instant.now())))
                .withBody(new String(reply.getPayload(), StandardCharsets.UTF_8))
                .withIsBase64Encoded(false)
                .build();
    }

    private APIGatewayV2HTTPResponse error(ApiException e, String requestId) {
        Map<String, String> headers = baseHeaders(requestId);
        if (e.retryAfterSeconds() != null) {
            headers.put("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(e.code().status())
                .withHeaders(headers)
                .withCookies(List.of())
                .withBody(new String(json.write(ApiErrors.body(e, requestId)), StandardCharsets.UTF_8))
                .withIsBase64Encoded(false)
                .build();
    }

    private APIGatewayV2HTTPResponse methodNotAllowed(String allow, String requestId) {
        APIGatewayV2HTTPResponse response = error(new ApiException(ErrorCode.METHOD_NOT_ALLOWED,
                "Use " + allow + " for this function"), requestId);
        response.getHeaders().put("Allow", allow);
        return response;
    }

    private static Map<String, String> baseHeaders(String requestId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put(RequestIds.HEADER, requestId);
        return headers;
    }

    private static int status(Object header) {
        if (header instanceof Number n) {
            return n.intValue();
        }
        return header == null ? 200 : Integer.parseInt(header.toString());
    }

    private static Map<String, String> lowerCased(Map<String, String> headers) {
        Map<String, String> out = new TreeMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (name != null && value != null) {
                    out.put(name.toLowerCase(Locale.ROOT), value);
                }
            });
        }
        return out;
    }
}
