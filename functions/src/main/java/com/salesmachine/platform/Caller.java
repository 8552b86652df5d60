package com.salesmachine.platform;

import java.util.Map;
import java.util.UUID;

/**
 * Who is calling, as established by the platform before a function runs. A user-class function
 * takes its user id from here and never from its input.
 *
 * @param sessionId the session this call came with (user class only); internal, never returned
 */
public record Caller(String requestId, UUID userId, String sessionId, String clientIp, String userAgent,
                     Map<String, String> headers) {

    public UUID requireUser() {
        if (userId == null) {
            throw ApiException.unauthorized();
        }
        return userId;
    }

    public Caller authenticated(UUID user, String session) {
        return new Caller(requestId, user, session, clientIp, userAgent, headers);
    }
}
