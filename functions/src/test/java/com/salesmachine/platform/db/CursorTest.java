package com.salesmachine.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.platform.ApiException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Found by the hostile scenario's random seed: a cursor whose instant no timestamp can hold was a 500. */
class CursorTest {

    private static String cursor(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCursorBeyondAnyStorableInstantIs422OnCursor() {
        for (String at : new String[] {Instant.MAX.toString(), Instant.MIN.toString(), "+300000-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> Cursor.decode(cursor(at + "|" + UUID.randomUUID())))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                        assertThat(e.details().getFirst().field()).isEqualTo("cursor");
                    });
        }
    }

    @Test
    void aCursorThisApiIssuedStillDecodes() {
        Cursor issued = new Cursor(Instant.parse("2026-12-06T21:00:00Z"), UUID.randomUUID());
        assertThat(Cursor.decode(issued.encode())).isEqualTo(issued);
    }
}
