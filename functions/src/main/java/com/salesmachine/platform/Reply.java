package com.salesmachine.platform;

import java.time.Instant;

/**
 * A function's output plus what it asks of the browser session cookie. Transports turn the request
 * into a {@code Set-Cookie} (HTTP) or the response's cookies (API Gateway); the function never
 * touches a web type.
 */
public record Reply<O>(O body, SessionCookie cookie) {

    public static <O> Reply<O> of(O body) {
        return new Reply<>(body, null);
    }

    public static <O> Reply<O> withSession(O body, String token, Instant expiresAt) {
        return new Reply<>(body, new SessionCookie(token, expiresAt));
    }

    public static <O> Reply<O> clearingSession(O body) {
        return new Reply<>(body, SessionCookie.CLEAR);
    }

    /** A session cookie to set; {@link #CLEAR} removes it. */
    public record SessionCookie(String token, Instant expiresAt) {
        public static final SessionCookie CLEAR = new SessionCookie("", Instant.EPOCH);

        public boolean clears() {
            return token.isEmpty();
        }
    }
}
