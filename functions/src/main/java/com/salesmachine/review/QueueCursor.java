package com.salesmachine.review;

import com.salesmachine.contract.review.ReviewItem;
import com.salesmachine.platform.ApiException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The review queue's keyset cursor: the queue sorts by priority (desc), then created_at and id
 * (asc), so the cursor carries all three. Opaque to clients like the platform's Cursor.
 */
record QueueCursor(int priority, Instant createdAt, UUID id) {

    static QueueCursor after(ReviewItem item) {
        return new QueueCursor(item.priority(), item.createdAt(), item.id());
    }

    String encode() {
        String raw = "q|" + priority + "|" + createdAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Null for the first page; 422 on {@code cursor} when it is not one this API issued. */
    static QueueCursor decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 4 || !parts[0].equals("q")) {
                throw new IllegalArgumentException("not a queue cursor");
            }
            return new QueueCursor(Integer.parseInt(parts[1]), com.salesmachine.platform.db.Cursor.storable(Instant.parse(parts[2])),
                    UUID.fromString(parts[3]));
        } catch (RuntimeException e) {
            throw ApiException.validation("cursor", "is not a cursor this API issued");
        }
    }
}
