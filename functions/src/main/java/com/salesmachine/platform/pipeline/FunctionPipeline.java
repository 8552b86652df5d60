package com.salesmachine.platform.pipeline;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.common.FieldIssue;
import com.salesmachine.platform.AccessCheck;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.platform.ApiSupplier;
import com.salesmachine.platform.FunctionDeclaration;
import com.salesmachine.platform.Reply;
import com.salesmachine.platform.json.JsonCodec;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import reactor.core.publisher.Mono;

/**
 * What happens around every function invocation, whatever the transport: establish the caller for the function's
 * access class, read the raw body strictly into the input record, validate it, run the function, and turn the
 * outcome (value or failure) into one JSON payload. The request comes from the transport's {@link Call} in the
 * Reactor context (the message Spring Cloud Function routes carries nothing the pipeline reads); the status,
 * cookie and {@code Retry-After} go back into that call.
 */
final class FunctionPipeline {

    private static final Logger log = LoggerFactory.getLogger(FunctionPipeline.class);

    private final JsonCodec json;
    private final Validator validator;
    private final Map<Access, AccessCheck> checks = new EnumMap<>(Access.class);

    FunctionPipeline(JsonCodec json, Validator validator, List<AccessCheck> accessChecks) {
        this.json = json;
        this.validator = validator;
        for (AccessCheck check : accessChecks) {
            if (checks.put(check.access(), check) != null) {
                throw new IllegalStateException("Two access checks for " + check.access());
            }
        }
    }

    boolean canGuard(Access access) {
        return checks.containsKey(access);
    }

    @SuppressWarnings("unchecked")
    Mono<Message<byte[]>> invoke(FunctionDeclaration function, ApiFunction<?, ?> target) {
        ApiFunction<Object, Object> fn = (ApiFunction<Object, Object>) target;
        AccessCheck check = checks.get(function.access());
        return Mono.deferContextual(context -> {
            Call call = Call.in(context);
            byte[] body = call.body();
            return answer(call, function, Mono.defer(() -> check.check(function, call.caller(), body))
                    .flatMap(caller -> {
                        Object input = json.readInput(body, function.inputType());
                        validate(input);
                        return fn.apply(input, caller);
                    }));
        });
    }

    @SuppressWarnings("unchecked")
    Mono<Message<byte[]>> supply(FunctionDeclaration function, ApiSupplier<?> target) {
        ApiSupplier<Object> supplier = (ApiSupplier<Object>) target;
        return Mono.deferContextual(context -> {
            Call call = Call.in(context);
            return answer(call, function, Mono.defer(() -> supplier.get(call.caller())));
        });
    }

    private Mono<Message<byte[]>> answer(Call call, FunctionDeclaration function, Mono<Object> outcome) {
        return outcome
                .map(output -> success(call, output))
                .onErrorResume(failure -> Mono.just(failure(call, ApiErrors.classify(failure))))
                .switchIfEmpty(Mono.fromSupplier(() -> failure(call, ApiErrors.classify(
                        new IllegalStateException(function.name() + " completed without a value")))));
    }

    private void validate(Object input) {
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            List<FieldIssue> details = violations.stream()
                    .map(v -> new FieldIssue(fieldOf(v), v.getMessage()))
                    .sorted((a, b) -> a.field().compareTo(b.field()))
                    .toList();
            throw ApiException.validation(details);
        }
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // @AssertTrue methods named "xyzValid" report on the field "xyz"
        return path.isEmpty() ? "body" : path.replaceAll("Valid$", "");
    }

    private Message<byte[]> success(Call call, Object output) {
        if (output instanceof Reply<?> reply) {
            call.answered(reply.status(), reply.cookie());
            return MessageBuilder.withPayload(json.write(reply.body())).build();
        }
        call.answered(200, null);
        if (output instanceof byte[] written) {
            // a supplier whose answer is JSON written at build time (GET /openapi.json): sent as generated
            return MessageBuilder.withPayload(written).build();
        }
        return MessageBuilder.withPayload(json.write(output)).build();
    }

    private Message<byte[]> failure(Call call, ApiException e) {
        if (e.code().status() >= 500) {
            log.info("Answered {} {}", e.code().status(), e.code());
        }
        call.failed(e, e.code().status());
        return MessageBuilder.withPayload(json.write(ApiErrors.body(e, call.requestId()))).build();
    }
}
