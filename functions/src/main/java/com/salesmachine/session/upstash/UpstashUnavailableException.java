package com.salesmachine.session.upstash;

import com.salesmachine.platform.BackingServiceUnavailable;

/**
 * Upstash could not be used: connection failure, timeout, HTTP 5xx, a rejected token (HTTP 401/403,
 * a misconfiguration) or an unreadable answer. Callers fail closed with 503 {@code SERVICE_UNAVAILABLE}.
 */
public class UpstashUnavailableException extends RuntimeException implements BackingServiceUnavailable {

    @Override
    public String service() {
        return "The session store";
    }

    public UpstashUnavailableException(String message) {
        super(message);
    }

    public UpstashUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
