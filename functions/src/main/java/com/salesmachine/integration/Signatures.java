package com.salesmachine.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The two digests of the integration protocol. */
public final class Signatures {

    private Signatures() {
    }

    /**
     * Hex HMAC-SHA256(secret, timestamp + "." + functionName + "." + deliveryId + "." + body): the value after
     * {@code sha256=}. The function name and the delivery id are covered so that a captured request cannot be sent
     * again under a new delivery id (which would bypass the idempotency table) nor to another function. The three
     * strings are UTF-8 (timestamp and function name are ASCII by their rules; an absent delivery id is "").
     */
    public static String hmacHex(byte[] secret, String timestamp, String functionName, String deliveryId, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + "." + functionName + "." + deliveryId + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
