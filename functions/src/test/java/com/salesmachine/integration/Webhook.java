package com.salesmachine.integration;

import com.salesmachine.support.TestHttp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** Calls integration functions the way the workflow engine does: signed, with a delivery id. */
final class Webhook {

    static final String SECRET = "local-webhook-secret";

    private final TestHttp http;
    private final Supplier<Instant> now;

    Webhook(TestHttp http, Supplier<Instant> now) {
        this.http = http;
        this.now = now;
    }

    TestHttp.Response call(String function, String body) {
        return call(function, body, "d-" + UUID.randomUUID());
    }

    TestHttp.Response call(String function, String body, String deliveryId) {
        String timestamp = String.valueOf(now.get().getEpochSecond());
        return send(function, body, timestamp, signature(SECRET, timestamp, body), deliveryId);
    }

    TestHttp.Response send(String function, String body, String timestamp, String signature, String deliveryId) {
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

    static String signature(String secret, String timestamp, String body) {
        return "sha256=" + Signatures.hmacHex(secret.getBytes(StandardCharsets.UTF_8), timestamp,
                body.getBytes(StandardCharsets.UTF_8));
    }
}
