package com.salesmachine.platform.http;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.pipeline.Call;
import com.salesmachine.platform.transport.Answer;
import com.salesmachine.platform.transport.ApiTransport;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The HTTP adapter of {@link ApiTransport}, in front of the functions' route ({@link FunctionRoute}): it opens the
 * {@link Call} (request id, client address, headers, the body read once within the limit), answers CORS, lets the
 * transport refuse what the contract refuses, hands the rest on to be routed, and writes the transport's answer
 * headers when the response commits. Business rules never live here.
 */
final class HttpTransportFilter implements WebFilter, Ordered {

    /** How much of a body the answer does not use is read and thrown away before it (see discardBody). */
    static final long DRAIN_LIMIT_BYTES = 8L * 1024 * 1024;
    static final Duration DRAIN_TIME = Duration.ofSeconds(5);

    private final ApiTransport transport;
    private final HttpAnswers answers;
    private final ClientAddress addresses;

    HttpTransportFilter(ApiTransport transport, HttpAnswers answers, ClientAddress addresses) {
        this.transport = transport;
        this.answers = answers;
        this.addresses = addresses;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().pathWithinApplication().value();
        Call call = new Call(request.getMethod().name(), path.startsWith("/") ? path.substring(1) : path,
                request.getHeaders().getFirst(Call.REQUEST_ID_HEADER), addresses.of(request),
                lowerCased(request.getHeaders()), addresses.isInternal(request));
        exchange.getAttributes().put(HttpAnswers.CALL_ATTRIBUTE, call);
        return route(exchange, chain, call).contextWrite(call::into);
    }

    private Mono<Void> route(ServerWebExchange exchange, WebFilterChain chain, Call call) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getMethod() == HttpMethod.OPTIONS && request.getHeaders().getAccessControlRequestMethod() != null) {
            return afterDiscardingBody(exchange, () -> preflight(exchange, call));
        }
        HttpHeaders headers = request.getHeaders();
        Answer refused = transport.refusal(call, headers.getFirst(HttpHeaders.CONTENT_TYPE), headers.getContentLength());
        if (refused != null) {
            return discardBody(request).then(Mono.defer(() -> answerAndClose(exchange, refused)));
        }
        if (transport.isSupplier(call)) {
            return afterDiscardingBody(exchange, () -> toFunctionLayer(exchange, chain, call));
        }
        RequestBody body = new RequestBody(ApiTransport.MAX_BODY_BYTES);
        return read(request, body).then(Mono.defer(() -> {
            Answer tooLarge = transport.bodyRefusal(call, body.size());
            if (tooLarge != null) {
                return answerAndClose(exchange, tooLarge);
            }
            call.withBody(body.bytes());
            return toFunctionLayer(exchange, chain, call);
        }));
    }

    /**
     * The route runs the function and writes its payload (it reads the body from the Call); the transport's status
     * and headers replace whatever was set before, as the answer commits. A {@code HEAD} of a supplier runs it as its
     * {@code GET} would; WebFlux drops the body of a {@code HEAD} answer.
     */
    private Mono<Void> toFunctionLayer(ServerWebExchange exchange, WebFilterChain chain, Call call) {
        exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> answers.writeHead(exchange, transport.answer(call, null))));
        return chain.filter(exchange);
    }

    private Mono<Void> preflight(ServerWebExchange exchange, Call call) {
        if (!answers.originAllowed(exchange)) {
            return answers.write(exchange, transport.error(call, new ApiException(ErrorCode.FORBIDDEN, "Origin not allowed")));
        }
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "POST, GET");
        headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type, Authorization, X-Request-Id");
        headers.setAccessControlMaxAge(Duration.ofMinutes(10));
        return answers.write(exchange, transport.empty(call, 204));
    }

    private Mono<Void> answerAndClose(ServerWebExchange exchange, Answer answer) {
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return answers.write(exchange, answer);
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

    private static Map<String, String> lowerCased(HttpHeaders headers) {
        Map<String, String> out = new TreeMap<>();
        headers.forEach((name, values) -> {
            if (!values.isEmpty()) {
                out.putIfAbsent(name.toLowerCase(Locale.ROOT), values.getFirst());
            }
        });
        return out;
    }
}
