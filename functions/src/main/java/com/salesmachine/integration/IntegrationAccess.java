package com.salesmachine.integration;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.platform.AccessCheck;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.Caller;
import com.salesmachine.platform.FunctionDeclaration;
import com.salesmachine.platform.config.SalesMachineProperties;
import com.salesmachine.session.FailedAuthentications;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Authenticates the workflow engine: {@code X-Sm-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." +
 * functionName + "." + deliveryId + "." + raw body)>} over the exact bytes received, where functionName is the
 * called function's name (the path) and deliveryId the {@code X-Sm-Delivery-Id} header ("" when absent); a timestamp
 * within 300 s of now; the current or the previous secret (rotation). Covering the delivery id means a captured
 * request replayed under a new id is refused (401) while a redelivery under the same id still reaches
 * {@link Deliveries} and gets the stored answer. A valid signature without a usable {@code X-Sm-Delivery-Id} is
 * 422 on that header. The returned
 * caller carries the body's SHA-256 in {@link #BODY_SHA256_HEADER} for {@link Deliveries}.
 */
@Component
public class IntegrationAccess implements AccessCheck {

    static final String TIMESTAMP_HEADER = "x-sm-timestamp";
    static final String SIGNATURE_HEADER = "x-sm-signature";
    static final String DELIVERY_ID_HEADER = "x-sm-delivery-id";
    /** Set by this check only (a client-sent header of that name is overwritten). */
    static final String BODY_SHA256_HEADER = "sm-delivery-sha256";
    static final long WINDOW_SECONDS = 300;

    private static final Pattern DELIVERY_ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");

    private final List<byte[]> secrets = new ArrayList<>();
    private final Clock clock;
    private final FailedAuthentications failures;

    public IntegrationAccess(SalesMachineProperties properties, Clock clock, FailedAuthentications failures) {
        this.clock = clock;
        this.failures = failures;
        for (String secret : new String[] {properties.webhookSecret(), properties.webhookSecretPrevious()}) {
            if (secret != null && !secret.isBlank()) {
                secrets.add(secret.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public Access access() {
        return Access.INTEGRATION;
    }

    @Override
    public Mono<Caller> check(FunctionDeclaration function, Caller caller, byte[] rawBody) {
        // a bad signature counts against the client address (429 past the limit); a good one always passes and
        // costs no Upstash command (so nobody can get the engine's address blocked by failing in its name)
        return Mono.fromSupplier(() -> verify(function.name(), caller, rawBody))
                .onErrorResume(ApiException.class, e -> e.code() == ErrorCode.UNAUTHORIZED
                        ? failures.count(caller.clientIp(), e) : Mono.error(e));
    }

    private Caller verify(String functionName, Caller caller, byte[] rawBody) {
        Map<String, String> headers = caller.headers();
        String timestamp = headers.get(TIMESTAMP_HEADER);
        String signature = headers.get(SIGNATURE_HEADER);
        String deliveryId = headers.get(DELIVERY_ID_HEADER);
        if (timestamp == null || signature == null || !TIMESTAMP.matcher(timestamp).matches()
                || Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp)) > WINDOW_SECONDS
                || !signatureMatches(timestamp, functionName, deliveryId == null ? "" : deliveryId,
                        signature.trim().toLowerCase(Locale.ROOT), rawBody)) {
            throw ApiException.unauthorized();
        }
        if (deliveryId == null || !DELIVERY_ID.matcher(deliveryId).matches()) {
            throw ApiException.validation("X-Sm-Delivery-Id", "1-200 characters of A-Z a-z 0-9 . _ : - are required");
        }
        Map<String, String> withHash = new TreeMap<>(headers);
        withHash.put(BODY_SHA256_HEADER, Signatures.sha256Hex(rawBody));
        return new Caller(caller.requestId(), caller.userId(), caller.sessionId(), caller.clientIp(),
                caller.userAgent(), Map.copyOf(withHash));
    }

    private boolean signatureMatches(String timestamp, String functionName, String deliveryId, String signature,
            byte[] rawBody) {
        byte[] presented = signature.getBytes(StandardCharsets.US_ASCII);
        boolean match = false;
        for (byte[] secret : secrets) {
            byte[] expected = ("sha256=" + Signatures.hmacHex(secret, timestamp, functionName, deliveryId, rawBody)).getBytes(StandardCharsets.US_ASCII);
            // evaluate every secret: no early exit that would reveal which one matched
            match |= MessageDigest.isEqual(expected, presented);
        }
        return match;
    }
}
