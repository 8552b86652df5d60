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
    /** PostgreSQL's timestamptz range: a sort key outside it cannot come from a row (and would fail in SQL, a 500). */
    private static final Instant EARLIEST = Instant.parse("-4713-11-24T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+294276-12-31T23:59:59Z");

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
            Instant at = bar == 0 ? null : Instant.parse(raw.substring(0, bar));
            if (at != null && (at.isBefore(EARLIEST) || at.isAfter(LATEST))) {
                throw new IllegalArgumentException("no row can have this sort key");
            }
            return new Cursor(at, UUID.fromString(raw.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw ApiException.validation("cursor", "is not a cursor this API issued");
        }
    }

    public static int limit(Integer requested) {
        return requested == null ? DEFAULT_LIMIT : requested;
    }
}
