package com.salesmachine.platform.db;

import com.salesmachine.platform.ApiException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * An opaque keyset cursor: the sort key and id of the last row of a page. Clients get it as a
 * URL-safe string and hand it back unchanged; a cursor that does not decode is 422 on {@code cursor}.
 *
 * @param at the sort key of the last row (may be null when sorting by a nullable column)
 */
public record Cursor(Instant at, UUID id) {

    public static final int DEFAULT_LIMIT = 50;

    public String encode() {
        String raw = (at == null ? "" : at.toString()) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Null when no cursor was sent (the first page). */
    public static Cursor decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            Instant at = bar == 0 ? null : storable(Instant.parse(raw.substring(0, bar)));
            return new Cursor(at, UUID.fromString(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw ApiException.validation("cursor", "is not a cursor this API issued");
        }
    }

    /** PostgreSQL's timestamptz range (4713 BC to 294276 AD). */
    private static final Instant EARLIEST = Instant.parse("-4712-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+294276-12-31T23:59:59Z");

    /**
     * The instant itself when a sort key can hold it; otherwise an IllegalArgumentException (a decoded cursor far
     * beyond any stored row: 500 once when the random hostile seed sent {@code Instant.MAX}).
     */
    public static Instant storable(Instant at) {
        if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
            throw new IllegalArgumentException("instant out of range");
        }
        return at;
    }

    public static int limit(Integer requested) {
        return requested == null ? DEFAULT_LIMIT : requested;
    }
}
