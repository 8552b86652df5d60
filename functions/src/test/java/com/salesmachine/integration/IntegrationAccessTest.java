package com.salesmachine.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.Caller;
import com.salesmachine.platform.FunctionDeclaration;
import com.salesmachine.platform.config.SalesMachineProperties;
import com.salesmachine.session.FailedAuthentications;
import com.salesmachine.session.RateCounter;
import com.salesmachine.session.SessionSettings;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class IntegrationAccessTest {

    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final byte[] BODY = "{\"limit\":5}".getBytes(StandardCharsets.UTF_8);

    final IntegrationAccess access = new IntegrationAccess(
            new SalesMachineProperties("local", null, null, "current-secret", "previous-secret", null, null, null, null),
            Clock.fixed(NOW, ZoneOffset.UTC),
            new FailedAuthentications((key, window) -> Mono.just(new RateCounter.Count(1, 60)),
                    new SessionSettings("test", Duration.ofHours(24), Duration.ofDays(7), 100, 240), 30, Clock.fixed(NOW, ZoneOffset.UTC)));

    static final FunctionDeclaration CLAIM = new FunctionDeclaration("claimOutbound", Access.INTEGRATION, Object.class);

    Caller caller(String secret, long timestamp, String deliveryId) {
        return caller(secret, timestamp, CLAIM.name(), deliveryId, deliveryId);
    }

    /** Signed for {@code signedFunction} and {@code signedDeliveryId}, sent with {@code deliveryId}. */
    Caller caller(String secret, long timestamp, String signedFunction, String signedDeliveryId, String deliveryId) {
        Map<String, String> headers = new HashMap<>();
        headers.put("x-sm-timestamp", String.valueOf(timestamp));
        headers.put("x-sm-signature", Webhook.signature(secret, String.valueOf(timestamp), signedFunction, signedDeliveryId,
                new String(BODY, StandardCharsets.UTF_8)));
        if (deliveryId != null) {
            headers.put("x-sm-delivery-id", deliveryId);
        }
        headers.put("sm-delivery-sha256", "forged-by-client");
        return new Caller("req", null, null, "127.0.0.1", "test", headers);
    }

    Caller check(Caller caller) {
        return access.check(CLAIM, caller, BODY).block();
    }

    @Test
    void theCurrentAndThePreviousSecretAreBothAcceptedDuringRotation() {
        assertThat(check(caller("current-secret", NOW.getEpochSecond(), "a1"))).isNotNull();
        assertThat(check(caller("previous-secret", NOW.getEpochSecond(), "a2"))).isNotNull();
    }

    @Test
    void anyOtherSecretIsUnauthorized() {
        assertThatThrownBy(() -> check(caller("guess", NOW.getEpochSecond(), "a3")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
    }

    @Test
    void timestampsMoreThanFiveMinutesAwayEitherWayAreUnauthorized() {
        assertThat(check(caller("current-secret", NOW.getEpochSecond() - 300, "a4"))).isNotNull();
        assertThat(check(caller("current-secret", NOW.getEpochSecond() + 300, "a5"))).isNotNull();
        assertThatThrownBy(() -> check(caller("current-secret", NOW.getEpochSecond() - 301, "a6"))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> check(caller("current-secret", NOW.getEpochSecond() + 301, "a7"))).isInstanceOf(ApiException.class);
    }

    @Test
    void theDeliveryIdIsSignedSoACapturedRequestUnderANewDeliveryIdIsUnauthorized() {
        long now = NOW.getEpochSecond();
        assertThat(check(caller("current-secret", now, "claimOutbound", "captured-1", "captured-1"))).isNotNull();
        for (String replayedAs : new String[] {"captured-2", "captured-1x", "Captured-1", null}) {
            assertThatThrownBy(() -> check(caller("current-secret", now, "claimOutbound", "captured-1", replayedAs)))
                    .as(replayedAs)
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
        }
        // the previous secret does not open a gap either
        assertThatThrownBy(() -> check(caller("previous-secret", now, "claimOutbound", "captured-1", "captured-3")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
    }

    @Test
    void theFunctionNameIsSignedSoARequestSignedForAnotherFunctionIsUnauthorized() {
        long now = NOW.getEpochSecond();
        for (String other : new String[] {"reportDelivery", "claimoutbound", "claimOutbound.", ""}) {
            assertThatThrownBy(() -> check(caller("current-secret", now, other, "f-1", "f-1")))
                    .as(other)
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
        }
    }

    @Test
    void theSignedStringIsTimestampFunctionDeliveryIdAndBodyJoinedByDots() throws Exception {
        // computed independently of Signatures: the documented construction, with the JDK's HMAC
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("current-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String ts = String.valueOf(NOW.getEpochSecond());
        byte[] signed = (ts + ".claimOutbound.doc-1." + new String(BODY, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        String expected = "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(signed));
        Map<String, String> headers = new HashMap<>();
        headers.put("x-sm-timestamp", ts);
        headers.put("x-sm-signature", expected);
        headers.put("x-sm-delivery-id", "doc-1");
        assertThat(check(new Caller("req", null, null, "127.0.0.1", "test", headers))).isNotNull();
    }

    @Test
    void aValidSignatureWithoutAUsableDeliveryIdIsAValidationErrorOnThatHeader() {
        for (String bad : new String[] {null, "", "has space", "x".repeat(201), "ümlaut"}) {
            assertThatThrownBy(() -> check(caller("current-secret", NOW.getEpochSecond(), bad)))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                        assertThat(e.details().get(0).field()).isEqualTo("X-Sm-Delivery-Id");
                    });
        }
    }

    @Test
    void theVerifiedCallerCarriesTheBodyHashComputedHereNotTheOneTheClientSent() {
        Caller verified = check(caller("current-secret", NOW.getEpochSecond(), "order-42:retry.1_x"));
        assertThat(verified.headers().get("sm-delivery-sha256")).isEqualTo(Signatures.sha256Hex(BODY));
    }
}
