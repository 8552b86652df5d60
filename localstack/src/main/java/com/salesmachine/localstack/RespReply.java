package com.salesmachine.localstack;

import java.util.List;

/** A Redis (RESP2) reply, as read by {@link RespConnection}. */
sealed interface RespReply {

    record Status(String text) implements RespReply {
    }

    record Error(String message) implements RespReply {
    }

    record Integer(long value) implements RespReply {
    }

    /** {@code bytes == null} is a nil bulk string. */
    record Bulk(byte[] bytes) implements RespReply {
    }

    /** {@code items == null} is a nil array. */
    record Array(List<RespReply> items) implements RespReply {
    }
}
