package com.salesmachine.integration;

import com.salesmachine.support.TestHttp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Calls integration functions the way the workflow engine does: signed, with a delivery id. */
public final class Webhook {

    public static final String SECRET = "local-webhook-secret";

    private final TestHttp http;
    private final Supplier<Instant> now;

    public Webhook(TestHttp http, Supplier<Instant> now) {
        this.http = http;
        this.now = now;
    }

    public TestHttp.Response call(String function, String body) {
        return call(function, body, "d-" + UUID.randomUUID());
    }

    public TestHttp.Response call(String function, String body, String deliveryId) {
        String timestamp = String.valueOf(now.get().getEpochSecond());
        return send(function, body, timestamp, signature(SECRET, timestamp, function, deliveryId, body), deliveryId);
    }

    public TestHttp.Response send(String function, String body, String timestamp, String signature, String deliveryId) {
        Map<String, String> headers = new java.util.HashMap<>();
        if (timestamp != null) {
            headers.put("X-Sm-Timestamp", timestamp);
        }
        if (signature != null) {
            headers.put("X-Sm-Signature", signature);
        }
        if (deliveryId != null) {
            headers.put("X-Sm-Delivery-Id", deliveryId);
        }
        return http.post(function, body, headers);
    }

    /** {@code sha256=hex(HMAC-SHA256(secret, timestamp + "." + function + "." + deliveryId + "." + body))}. */
    public static String signature(String secret, String timestamp, String function, String deliveryId, String body) {
        return "sha256=" + Signatures.hmacHex(secret.getBytes(StandardCharsets.UTF_8), timestamp, function,
                deliveryId == null ? "" : deliveryId, body.getBytes(StandardCharsets.UTF_8));
    }
}
