package com.salesmachine.platform;

/** Who may call a function (functions.md "Authentication classes"). */
public enum Access {
    /** No credentials; rate-limited per client IP where it matters. */
    PUBLIC,
    /** A valid session (cookie {@code sm_session} or {@code Authorization: Bearer}). */
    USER,
    /** The workflow engine: HMAC signature over the raw body. */
    INTEGRATION
}
