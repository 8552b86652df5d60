package com.salesmachine.platform;

import java.time.Instant;

/**
 * A function's output plus what it asks of the answer: the browser session cookie to set or clear, or a status
 * other than 200 (a supplier such as health answering 503). The transport writes the cookie as a
 * {@code Set-Cookie} (HTTP) or into the response's cookies (API Gateway); the function never touches a web type.
 */
public record Reply<O>(O body, SessionCookie cookie, int status) {

    public static <O> Reply<O> of(O body) {
        return new Reply<>(body, null, 200);
    }

    public static <O> Reply<O> withStatus(O body, int status) {
        return new Reply<>(body, null, status);
    }

    public static <O> Reply<O> withSession(O body, String token, Instant expiresAt) {
        return new Reply<>(body, new SessionCookie(token, expiresAt), 200);
    }

    public static <O> Reply<O> clearingSession(O body) {
        return new Reply<>(body, SessionCookie.CLEAR, 200);
    }

    /** A session cookie to set; {@link #CLEAR} removes it. */
    public record SessionCookie(String token, Instant expiresAt) {
        public static final SessionCookie CLEAR = new SessionCookie("", Instant.EPOCH);

        public boolean clears() {
            return token.isEmpty();
        }
    }
}
