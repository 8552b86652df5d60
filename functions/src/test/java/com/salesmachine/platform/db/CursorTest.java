package com.salesmachine.platform.db;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.platform.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CursorTest {

    private static String cursorOf(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCursorTheApiIssuedDecodesToItsKey() {
        Cursor cursor = new Cursor(Instant.parse("2026-12-06T10:00:00Z"), UUID.randomUUID());

        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void aSortKeyNoRowCanHaveIs422OnCursorNotAFailureInSql() {
        String id = UUID.randomUUID().toString();
        for (String at : new String[] {"+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z", "+294277-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> Cursor.decode(cursorOf(at + "|" + id)))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR));
        }
    }
}
