package com.salesmachine.platform;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.common.FieldIssue;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Mono;

/**
 * What happens around every function invocation, whatever the transport: establish the caller for
 * the function's access class, read the raw body strictly into the input record, validate it, run
 * the function, and turn the outcome (value or failure) into one JSON message. Transports only map
 * the {@link #STATUS_HEADER} and {@link #COOKIE_HEADER} headers onto their own response.
 */
public final class FunctionPipeline {

    /** Response status; the name the AWS adapter also reads from a function's output message. */
    public static final String STATUS_HEADER = "statusCode";
    /** Seconds to wait on a 429. */
    public static final String RETRY_AFTER_HEADER = "Retry-After";
    /** A session cookie the function asked for: {@code token;epochSecondsExpiry}, or empty to clear. */
    public static final String COOKIE_HEADER = "sm-session-cookie";
    /** The client address as the transport established it (never taken from the client). */
    public static final String CLIENT_IP_HEADER = "sm-client-ip";

    private static final Logger log = LoggerFactory.getLogger(FunctionPipeline.class);

    private final JsonCodec json;
    private final Validator validator;
    private final Map<Access, AccessCheck> checks = new EnumMap<>(Access.class);

    public FunctionPipeline(JsonCodec json, Validator validator, List<AccessCheck> accessChecks) {
        this.json = json;
        this.validator = validator;
        for (AccessCheck check : accessChecks) {
            if (checks.put(check.access(), check) != null) {
                throw new IllegalStateException("Two access checks for " + check.access());
            }
        }
    }

    public boolean canGuard(Access access) {
        return checks.containsKey(access);
    }

    @SuppressWarnings("unchecked")
    public Mono<Message<byte[]>> invoke(FunctionDeclaration function, ApiFunction<?, ?> target, Message<?> request) {
        Map<String, String> headers = headers(request);
        String requestId = RequestIds.acceptOrCreate(headers.get("x-request-id"));
        Caller anonymous = new Caller(requestId, null, null, headers.get(CLIENT_IP_HEADER),
                headers.get("user-agent"), headers);
        byte[] body = bytes(request.getPayload());
        AccessCheck check = checks.get(function.access());
        ApiFunction<Object, Object> fn = (ApiFunction<Object, Object>) target;
        Mono<Message<byte[]>> reply = Mono.defer(() -> check.check(function, anonymous, body))
                .flatMap(caller -> {
                    Object input = json.readInput(body, function.inputType());
                    validate(input);
                    return fn.apply(input, caller);
                })
                .map(this::success)
                .onErrorResume(failure -> Mono.just(failure(ApiErrors.classify(failure), requestId)))
                .switchIfEmpty(Mono.fromSupplier(() -> failure(ApiErrors.classify(
                        new IllegalStateException(function.name() + " completed without a value")), requestId)));
        // the transports already put this id in the context; a second contextWrite would only repeat the MDC
        // work on every signal (measurable under load with automatic context propagation)
        return Mono.deferContextual(ctx -> requestId.equals(ctx.getOrDefault(RequestIds.MDC_KEY, null))
                ? reply
                : reply.contextWrite(c -> c.put(RequestIds.MDC_KEY, requestId)));
    }

    private void validate(Object input) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            List<FieldIssue> details = violations.stream()
                    .map(v -> new FieldIssue(fieldOf(v), v.getMessage()))
                    .sorted((a, b) -> a.field().compareTo(b.field()))
                    .collect(Collectors.toList());
            throw ApiException.validation(details);
        }
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // @AssertTrue methods named "xyzValid" report on the field "xyz"
        return path.isEmpty() ? "body" : path.replaceAll("Valid$", "");
    }

    private Message<byte[]> success(Object output) {
        MessageBuilder<byte[]> reply;
        if (output instanceof Reply<?> r) {
            reply = MessageBuilder.withPayload(json.write(r.body()));
            if (r.cookie() != null) {
                reply.setHeader(COOKIE_HEADER, r.cookie().clears() ? ""
                        : r.cookie().token() + ";" + r.cookie().expiresAt().getEpochSecond());
            }
        } else {
            reply = MessageBuilder.withPayload(json.write(output));
        }
        return reply.setHeader(STATUS_HEADER, 200).setHeader("contentType", "application/json").build();
    }

    Message<byte[]> failure(ApiException e, String requestId) {
        if (e.code().status() >= 500) {
            log.info("Answered {} {}", e.code().status(), e.code());
        }
        MessageBuilder<byte[]> reply = MessageBuilder.withPayload(json.write(ApiErrors.body(e, requestId)))
                .setHeader(STATUS_HEADER, e.code().status())
                .setHeader("contentType", "application/json");
        if (e.retryAfterSeconds() != null) {
            reply.setHeader(RETRY_AFTER_HEADER, String.valueOf(e.retryAfterSeconds()));
        }
        return reply.build();
    }

    private static Map<String, String> headers(Message<?> message) {
        Map<String, String> out = new TreeMap<>();
        message.getHeaders().forEach((name, value) -> {
            if (value instanceof String || value instanceof Number) {
                out.put(name.toLowerCase(Locale.ROOT), String.valueOf(value));
            } else if (value instanceof List<?> list && !list.isEmpty()) {
                out.put(name.toLowerCase(Locale.ROOT), String.valueOf(list.get(0)));
            }
        });
        return out;
    }

    private static byte[] bytes(Object payload) {
        if (payload instanceof byte[] b) {
            return b;
        }
        if (payload instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        return new byte[0];
    }
}
