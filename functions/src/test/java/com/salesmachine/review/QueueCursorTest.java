package com.salesmachine.review;

import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.db.Cursor;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueueCursorTest {

    @Test
    void theQueueCursorRoundTripsAndRejectsForeignCursors() {
        QueueCursor cursor = new QueueCursor(-3, Instant.parse("2025-01-02T03:04:05.123456Z"), UUID.randomUUID());

        assertThat(QueueCursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(QueueCursor.decode(null)).isNull();
        assertThatThrownBy(() -> QueueCursor.decode(new Cursor(Instant.now(), UUID.randomUUID()).encode()))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> QueueCursor.decode("%%%")).isInstanceOf(ApiException.class);
    }
}
