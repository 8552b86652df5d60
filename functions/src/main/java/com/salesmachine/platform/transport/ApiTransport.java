package com.salesmachine.platform.transport;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.Reply;
import com.salesmachine.platform.json.JsonCodec;
import com.salesmachine.platform.pipeline.ApiErrors;
import com.salesmachine.platform.pipeline.Call;
import com.salesmachine.platform.pipeline.FunctionRegistrar;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.cloud.function.context.FunctionCatalog;
import org.springframework.cloud.function.context.catalog.SimpleFunctionRegistry.FunctionInvocationWrapper;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.http.ResponseCookie;
import reactor.core.publisher.Mono;

/**
 * The transport rules of the contract, decided once for every adapter (the HTTP filter, the Lambda handler):
 * which requests are refused before their body is read (unknown name 404; wrong method 405 with {@code Allow},
 * answered with the contract code {@code INVALID_REQUEST}; not JSON 415; over 1 MiB 413), and how every answer
 * is written: the error body, the headers each answer carries ({@code X-Request-Id}, {@code Cache-Control:
 * no-store}, {@code X-Content-Type-Options: nosniff}, {@code Retry-After}), the session cookie, no body for a
 * {@code HEAD}; and how a call reaches its function: looked up by name in Spring Cloud Function's catalogue (once per
 * name) and invoked with the call in its context, whatever the adapter.
 */
public final class ApiTransport {

    public static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final String JSON = "application/json";
    private static final byte[] NO_BODY = new byte[0];

    private final FunctionRegistrar functions;
    private final FunctionCatalog catalog;
    /** The registered function or supplier of each name, as the catalogue gave it the first time. */
    private final Map<String, Object> targets = new ConcurrentHashMap<>();
    private final JsonCodec json;
    private final String cookieName;
    private final boolean secureCookies;

    ApiTransport(FunctionRegistrar functions, FunctionCatalog catalog, JsonCodec json, String cookieName,
                 boolean secureCookies) {
        this.functions = functions;
        this.catalog = catalog;
        this.json = json;
        this.cookieName = cookieName;
        this.secureCookies = secureCookies;
    }

    /**
     * The answer a call gets before its body is read, or null when it goes on to its function or supplier.
     *
     * @param declaredLength the body's declared length, -1 when unknown
     */
    public Answer refusal(Call call, String contentType, long declaredLength) {
        String name = call.function();
        String method = call.method();
        if (functions.isSupplier(name)) {
            return method.equals("GET") || method.equals("HEAD") ? null : wrongMethod(call, "GET, HEAD");
        }
        if (!functions.isFunction(name)) {
            return error(call, new ApiException(ErrorCode.NOT_FOUND, "No such function"));
        }
        if (!method.equals("POST")) {
            return wrongMethod(call, "POST");
        }
        if (!isJson(contentType)) {
            return error(call, new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json"));
        }
        return bodyRefusal(call, declaredLength);
    }

    /** 413 when the body (as declared or as it arrived) is over 1 MiB, else null. */
    public Answer bodyRefusal(Call call, long size) {
        return size > MAX_BODY_BYTES
                ? error(call, new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is over 1 MiB"))
                : null;
    }

    public boolean isSupplier(Call call) {
        return functions.isSupplier(call.function());
    }

    /**
     * Runs the function (with the call's body) or the supplier the call names, once the transport let it through:
     * the payload the pipeline answered. Failures are already in the payload (the pipeline's error body); the Call
     * holds the status, cookie and {@code Retry-After} for {@link #answer}. The caller puts the call in the context.
     */
    @SuppressWarnings("unchecked")
    public Mono<byte[]> invoke(Call call) {
        Object target = targets.computeIfAbsent(call.function(),
                name -> ((FunctionInvocationWrapper) catalog.lookup(name)).getTarget());
        Mono<Message<byte[]>> reply = functions.isSupplier(call.function())
                ? ((Supplier<Mono<Message<byte[]>>>) target).get()
                : ((Function<Message<byte[]>, Mono<Message<byte[]>>>) target).apply(MessageBuilder.withPayload(call.body()).build());
        return reply.map(Message::getPayload);
    }

    /** The answer of a call the pipeline answered: its payload, with the status and cookie the pipeline recorded. */
    public Answer answer(Call call, byte[] payload) {
        Reply.SessionCookie cookie = call.cookie();
        return new Answer(call.status(), headers(call, null), cookie == null ? List.of() : List.of(setCookie(cookie)),
                body(call, payload));
    }

    /** The answer to any failure outside the pipeline: the contract's error body (a bug is a logged, generic 500). */
    public Answer error(Call call, Throwable failure) {
        return error(call, ApiErrors.classify(failure));
    }

    public Answer error(Call call, ApiException error) {
        return error(call, error, error.code().status(), null);
    }

    /** An answer without a body (a CORS preflight), with the headers every answer carries. */
    public Answer empty(Call call, int status) {
        Map<String, String> headers = headers(call, null);
        headers.remove("Content-Type");
        return new Answer(status, headers, List.of(), NO_BODY);
    }

    private Answer wrongMethod(Call call, String allow) {
        return error(call, new ApiException(ErrorCode.INVALID_REQUEST, "Use " + allow + " for /" + call.function()),
                405, allow);
    }

    private Answer error(Call call, ApiException error, int status, String allow) {
        call.failed(error, status);
        return new Answer(status, headers(call, allow), List.of(),
                body(call, json.write(ApiErrors.body(error, call.requestId()))));
    }

    private static Map<String, String> headers(Call call, String allow) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", JSON);
        headers.put(Call.REQUEST_ID_HEADER, call.requestId());
        // answers carry sessions and personal data: no cache may keep them, no browser may guess another type
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        if (call.retryAfterSeconds() != null) {
            headers.put("Retry-After", String.valueOf(call.retryAfterSeconds()));
        }
        if (allow != null) {
            headers.put("Allow", allow);
        }
        return headers;
    }

    private static byte[] body(Call call, byte[] payload) {
        return call.method().equals("HEAD") || payload == null ? NO_BODY : payload;
    }

    /** HttpOnly, SameSite=Lax, Path=/, Secure outside local; Max-Age to the session's end, 0 to clear it. */
    private String setCookie(Reply.SessionCookie session) {
        ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(cookieName)
                .httpOnly(true).secure(secureCookies).sameSite("Lax").path("/");
        if (session.clears()) {
            return cookie.value("").maxAge(0).build().toString();
        }
        long maxAge = Math.max(0, session.expiresAt().getEpochSecond() - Instant.now().getEpochSecond());
        return cookie.value(session.token()).maxAge(maxAge).build().toString();
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
}
