package com.salesmachine.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The HTTP side of the transport, in front of spring-cloud-function-web: request ids, CORS, the
 * method / media type / size rules of the contract, the client address, and mapping the pipeline's
 * status and cookie headers onto the HTTP response. Business rules never live here.
 */
public final class HttpTransportFilter implements WebFilter, Ordered {

    public static final int MAX_BODY_BYTES = 1024 * 1024;
    /** How much of a body the answer does not use is read and thrown away before it (see discardBody). */
    static final long DRAIN_LIMIT_BYTES = 8L * 1024 * 1024;
    static final Duration DRAIN_TIME = Duration.ofSeconds(5);
    /**
     * spring-cloud-function-web copies request headers onto the response; only these may leave,
     * so nothing a client sent (Authorization, Cookie, ...) is ever reflected back.
     */
    private static final java.util.Set<String> RESPONSE_HEADERS = java.util.Set.of("content-type", "content-length", "connection",
            "x-request-id", "set-cookie", "retry-after", "vary", "allow", "cache-control",
            "access-control-allow-origin", "access-control-allow-credentials", "access-control-expose-headers",
            "transfer-encoding", "date");
    static final String REQUEST_ID_ATTRIBUTE = HttpTransportFilter.class.getName() + ".requestId";

    private final FunctionRegistrar functions;
    private final HttpErrorWriter errors;
    private final PlatformSettings settings;

    public HttpTransportFilter(FunctionRegistrar functions, HttpErrorWriter errors, PlatformSettings settings) {
        this.functions = functions;
        this.errors = errors;
        this.settings = settings;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String requestId = RequestIds.acceptOrCreate(request.getHeaders().getFirst(RequestIds.HEADER));
        exchange.getAttributes().put(REQUEST_ID_ATTRIBUTE, requestId);
        // one copy of the request: its id and the client address the function layer reads (never the client's)
        String clientIp = settings.clientIp(request);
        request = request.mutate().headers(h -> {
            h.set(RequestIds.HEADER, requestId);
            h.set(FunctionPipeline.CLIENT_IP_HEADER, clientIp);
        }).build();
        exchange = exchange.mutate().request(request).build();
        ServerHttpResponse response = exchange.getResponse();
        response.getHeaders().set(RequestIds.HEADER, requestId);
        String origin = request.getHeaders().getOrigin();
        boolean allowedOrigin = origin != null && settings.allowedOrigins().contains(origin);
        if (allowedOrigin) {
            HttpHeaders h = response.getHeaders();
            h.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            h.set(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
            h.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "X-Request-Id, Retry-After");
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        return route(exchange, chain, requestId, allowedOrigin)
                .contextWrite(ctx -> ctx.put(RequestIds.MDC_KEY, requestId));
    }

    private Mono<Void> route(ServerWebExchange exchange, WebFilterChain chain, String requestId, boolean allowedOrigin) {
        ServerHttpRequest request = exchange.getRequest();
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.OPTIONS && request.getHeaders().getAccessControlRequestMethod() != null) {
            return afterDiscardingBody(exchange, () -> preflight(exchange, allowedOrigin));
        }
        String path = request.getPath().pathWithinApplication().value();
        String name = path.startsWith("/") ? path.substring(1) : path;
        if (!functions.isRegistered(name)) {
            return rejectUnread(exchange, new ApiException(ErrorCode.NOT_FOUND, "No such function"));
        }
        if (functions.isSupplier(name)) {
            if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
                return methodNotAllowed(exchange, "GET");
            }
            exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> applyPipelineHeaders(exchange)));
            return afterDiscardingBody(exchange, () -> chain.filter(exchange));
        }
        if (method != HttpMethod.POST) {
            return methodNotAllowed(exchange, "POST");
        }
        MediaType type;
        try {
            type = request.getHeaders().getContentType();
        } catch (RuntimeException e) {
            type = null;
        }
        if (type == null || !(MediaType.APPLICATION_JSON.includes(type) || "json".equals(type.getSubtypeSuffix()))) {
            return rejectUnread(exchange, new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as application/json"));
        }
        if (request.getHeaders().getContentLength() > MAX_BODY_BYTES) {
            return tooLarge(exchange);
        }
        exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> applyPipelineHeaders(exchange)));
        RequestBody body = new RequestBody(MAX_BODY_BYTES);
        return read(request, body)
                .then(Mono.defer(() -> {
                    if (body.size() > MAX_BODY_BYTES) {
                        return answerAndClose(exchange, tooLargeError());
                    }
                    byte[] bytes = body.bytes();
                    if (!JsonCodec.isUtf8(bytes)) {
                        // checked on the bytes: the function layer reads the body as a String (bad bytes -> U+FFFD)
                        return answerAndClose(exchange, JsonCodec.notUtf8());
                    }
                    ServerHttpRequest replay = new ServerHttpRequestDecorator(request) {
                        @Override
                        public Flux<DataBuffer> getBody() {
                            return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(bytes)));
                        }
                    };
                    return chain.filter(exchange.mutate().request(replay).build());
                }));
    }

    private Mono<Void> preflight(ServerWebExchange exchange, boolean allowedOrigin) {
        ServerHttpResponse response = exchange.getResponse();
        if (!allowedOrigin) {
            return errors.write(exchange, new ApiException(ErrorCode.FORBIDDEN, "Origin not allowed"));
        }
        response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "POST, GET");
        response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, Authorization, X-Request-Id");
        response.getHeaders().setAccessControlMaxAge(Duration.ofMinutes(10));
        response.setStatusCode(HttpStatus.NO_CONTENT);
        return response.setComplete();
    }

    private Mono<Void> methodNotAllowed(ServerWebExchange exchange, String allow) {
        exchange.getResponse().getHeaders().set(HttpHeaders.ALLOW, allow);
        return rejectUnread(exchange, new ApiException(ErrorCode.METHOD_NOT_ALLOWED,
                "Use " + allow + " for this function"));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return rejectUnread(exchange, tooLargeError());
    }

    private static ApiException tooLargeError() {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is over 1 MiB");
    }

    /**
     * An error answered before the request body was read: the body is read and thrown away first, then the answer
     * goes out and the connection closes (see {@link #discardBody}).
     */
    private Mono<Void> rejectUnread(ServerWebExchange exchange, ApiException error) {
        return discardBody(exchange.getRequest()).then(Mono.defer(() -> answerAndClose(exchange, error)));
    }

    /**
     * Reads and throws away a body the answer will not use (up to {@link #DRAIN_LIMIT_BYTES}, for at most
     * {@link #DRAIN_TIME}); true when it was read to its end. Answering with body bytes unread breaks the
     * connection either way: kept alive, the next request on it got no answer at all (Reactor Netty left it
     * unread behind the rest of the old body); closed, the kernel resets it, and a client still uploading sees
     * the reset instead of the answer. A body declared larger than the limit is not read: that client gets the
     * answer and the close at once, and may see only the reset. Nor is a body the client has not sent yet
     * ({@code Expect: 100-continue}, as curl sends for bodies over 1 MiB): reading it would ask for it with a
     * {@code 100 Continue}, so the answer goes out at once instead and the body is never uploaded.
     */
    private static Mono<Boolean> discardBody(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        if (headers.getContentLength() > DRAIN_LIMIT_BYTES || "100-continue".equalsIgnoreCase(headers.getFirst(HttpHeaders.EXPECT))) {
            return Mono.just(false);
        }
        RequestBody counted = new RequestBody(0);
        return read(request, counted)
                .then(Mono.fromSupplier(() -> counted.size() <= DRAIN_LIMIT_BYTES))
                .timeout(DRAIN_TIME, Mono.just(false))
                .onErrorReturn(false);
    }

    /** Reads the body into {@code into} to its end, or until more than {@link #DRAIN_LIMIT_BYTES} arrived. */
    private static Mono<Void> read(ServerHttpRequest request, RequestBody into) {
        return request.getBody().doOnNext(into::add).takeUntil(chunk -> into.size() > DRAIN_LIMIT_BYTES).then();
    }

    /** An answer that does not read the body (a preflight, a supplier): after the body is discarded. */
    private static Mono<Void> afterDiscardingBody(ServerWebExchange exchange, Supplier<Mono<Void>> answer) {
        return discardBody(exchange.getRequest()).flatMap(whole -> {
            if (!whole) {
                exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
            }
            return answer.get();
        });
    }

    private Mono<Void> answerAndClose(ServerWebExchange exchange, ApiException error) {
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return errors.write(exchange, error);
    }

    private void applyPipelineHeaders(ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        HttpHeaders headers = response.getHeaders();
        String status = headers.getFirst(FunctionPipeline.STATUS_HEADER);
        if (status != null) {
            headers.remove(FunctionPipeline.STATUS_HEADER);
            response.setStatusCode(HttpStatus.valueOf(Integer.parseInt(status)));
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        String cookie = headers.getFirst(FunctionPipeline.COOKIE_HEADER);
        String requestId = exchange.getAttribute(REQUEST_ID_ATTRIBUTE);
        for (String name : java.util.List.copyOf(headers.headerNames())) {
            if (!RESPONSE_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.remove(name);
            }
        }
        headers.set(RequestIds.HEADER, requestId);
        if (cookie != null) {
            headers.add(HttpHeaders.SET_COOKIE, sessionCookie(cookie).toString());
        }
    }

    ResponseCookie sessionCookie(String value) {
        ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(settings.cookieName())
                .httpOnly(true).secure(settings.secureCookies()).sameSite("Lax").path("/");
        if (value.isEmpty()) {
            return cookie.value("").maxAge(0).build();
        }
        int split = value.lastIndexOf(';');
        long expiry = Long.parseLong(value.substring(split + 1));
        long maxAge = Math.max(0, expiry - Instant.now().getEpochSecond());
        return cookie.value(value.substring(0, split)).maxAge(maxAge).build();
    }
}
