package com.salesmachine.bench.load;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs integration calls as docs/integration.md says the workflow engine must:
 * {@code X-Sm-Signature: sha256=hex(HMAC-SHA256(secret, timestamp + "." + function + "." + deliveryId + "." + raw
 * body))}, {@code X-Sm-Timestamp} in unix seconds, and a unique {@code X-Sm-Delivery-Id}. Written from the document, not from the server's code.
 */
final class Signing {

    private final SecretKeySpec key;

    Signing(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    Map<String, String> headers(String function, byte[] body, String deliveryId) {
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((timestamp + "." + function + "." + deliveryId + ".").getBytes(StandardCharsets.UTF_8));
            String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            return Map.of("X-Sm-Timestamp", timestamp, "X-Sm-Signature", signature, "X-Sm-Delivery-Id", deliveryId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
