package com.salesmachine.platform.http;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * A request body as it arrives: chunks are copied out of the network buffers (each released at once) while the
 * total is within the limit; past it the bytes are only counted, so an oversized body is read to its end without
 * being kept (a limit of 0 only counts: a body read to be thrown away).
 */
final class RequestBody {

    private final int limit;
    private final List<byte[]> chunks = new ArrayList<>(1);
    private long size;

    RequestBody(int limit) {
        this.limit = limit;
    }

    void add(DataBuffer chunk) {
        try {
            int count = chunk.readableByteCount();
            size += count;
            if (size <= limit && count > 0) {
                byte[] bytes = new byte[count];
                chunk.read(bytes);
                chunks.add(bytes);
            } else if (size > limit) {
                chunks.clear();
            }
        } finally {
            DataBufferUtils.release(chunk);
        }
    }

    long size() {
        return size;
    }

    /** The whole body; only while {@link #size()} is within the limit. */
    byte[] bytes() {
        if (chunks.size() == 1) {
            return chunks.getFirst();
        }
        byte[] out = new byte[(int) size];
        int at = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, out, at, chunk.length);
            at += chunk.length;
        }
        return out;
    }
}
