package com.salesmachine.platform.http;

import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.pipeline.Call;
import com.salesmachine.platform.transport.Answer;
import com.salesmachine.platform.transport.ApiTransport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Writes an {@link Answer} of the transport onto the HTTP response, with CORS for an allowed origin. */
final class HttpAnswers {

    static final String CALL_ATTRIBUTE = Call.class.getName();
    /** What stays of the headers set before the answer: the length, the connection's fate, a preflight's CORS. */
    private static final Set<String> KEPT = Set.of("content-length", "transfer-encoding", "connection",
            "access-control-allow-methods", "access-control-allow-headers", "access-control-max-age");

    private final ApiTransport transport;
    private final Set<String> allowedOrigins;

    HttpAnswers(ApiTransport transport, Set<String> allowedOrigins) {
        this.transport = transport;
        this.allowedOrigins = allowedOrigins;
    }

    /** An answer with its body: a refusal, an error, a preflight (the function layer writes its own bodies). */
    Mono<Void> write(ServerWebExchange exchange, Answer answer) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        writeHead(exchange, answer);
        response.getHeaders().setContentLength(answer.body().length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(answer.body())));
    }

    /** The contract's answer to a failure outside the transport's own flow (see HttpErrorHandler). */
    Mono<Void> writeError(ServerWebExchange exchange, ApiException error) {
        Call call = exchange.getAttribute(CALL_ATTRIBUTE);
        if (call == null) {
            call = new Call(exchange.getRequest().getMethod().name(), "", null, "unknown", Map.of(), false);
        }
        return write(exchange, transport.error(call, error));
    }

    /** Status and headers of the answer, replacing whatever was set before but {@link #KEPT}. */
    void writeHead(ServerWebExchange exchange, Answer answer) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(answer.status()));
        HttpHeaders headers = response.getHeaders();
        for (String name : List.copyOf(headers.headerNames())) {
            if (!KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                headers.remove(name);
            }
        }
        answer.headers().forEach(headers::set);
        if (originAllowed(exchange)) {
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, exchange.getRequest().getHeaders().getOrigin());
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
            headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "X-Request-Id, Retry-After");
        }
        headers.add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        answer.cookies().forEach(cookie -> headers.add(HttpHeaders.SET_COOKIE, cookie));
    }

    boolean originAllowed(ServerWebExchange exchange) {
        String origin = exchange.getRequest().getHeaders().getOrigin();
        return origin != null && allowedOrigins.contains(origin);
    }
}
