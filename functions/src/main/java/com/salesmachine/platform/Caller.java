package com.salesmachine.platform;

import java.util.Map;
import java.util.UUID;

/**
 * Who is calling, as established by the platform before a function runs. A user-class function
 * takes its user id from here and never from its input.
 *
 * @param sessionId the session this call came with (user class only); internal, never returned
 * @param headers   the request's headers, names lower-cased (the transport's own, never a client's, for the address)
 * @param internal  the call was made on the instance's own host (loopback, not forwarded by a proxy)
 */
public record Caller(String requestId, UUID userId, String sessionId, String clientIp, String userAgent,
                     Map<String, String> headers, boolean internal) {

    public Caller(String requestId, UUID userId, String sessionId, String clientIp, String userAgent,
                  Map<String, String> headers) {
        this(requestId, userId, sessionId, clientIp, userAgent, headers, false);
    }

    public UUID requireUser() {
        if (userId == null) {
            throw ApiException.unauthorized();
        }
        return userId;
    }

    public Caller authenticated(UUID user, String session) {
        return new Caller(requestId, user, session, clientIp, userAgent, headers, internal);
    }
}
