package com.salesmachine.session;

import java.util.Set;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.CallBudget;
import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.platform.AccessCheck;
import com.salesmachine.platform.ApiException;
import com.salesmachine.platform.Caller;
import com.salesmachine.platform.FunctionDeclaration;
import reactor.core.publisher.Mono;

/**
 * The check in front of every user-class function, inside the function pipeline (so it holds behind
 * HTTP and behind a FaaS adapter alike): find the token (Bearer header, else the {@code sm_session}
 * cookie), refuse a cookie sent from a foreign origin (an {@code Origin} not allowed, or no {@code Origin} and
 * {@code Sec-Fetch-Site: cross-site}: a browser's cross-site request), then one Upstash round trip validates and
 * touches the session and counts the call against the session's per-minute budget (importProspects' chunks have
 * their own: {@link CallBudget}); a failure counts against the client address ({@link FailedAuthentications}).
 */
public final class SessionGuard implements AccessCheck {

    private final SessionStore sessions;
    private final SessionSettings settings;
    private final String cookieName;
    private final Set<String> allowedOrigins;
    private final FailedAuthentications failures;

    public SessionGuard(SessionStore sessions, SessionSettings settings, String cookieName, Set<String> allowedOrigins,
                        FailedAuthentications failures) {
        this.sessions = sessions;
        this.failures = failures;
        this.settings = settings;
        this.cookieName = cookieName;
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    public Access access() {
        return Access.USER;
    }

    @Override
    public Mono<Caller> check(FunctionDeclaration function, Caller caller, byte[] rawBody) {
        String token = bearer(caller.headers().get("authorization"));
        if (token == null) {
            token = cookie(caller.headers().get("cookie"), cookieName);
            if (token != null && foreign(caller)) {
                return Mono.error(new ApiException(ErrorCode.FORBIDDEN, "This origin may not call with the session cookie"));
            }
        }
        String ip = caller.clientIp();
        if (!SessionTokens.wellFormed(token)) {
            // no Upstash command spent on a token that cannot exist, unless counting the failure
            return failures.count(ip, ApiException.unauthorized());
        }
        String session = token;
        // a well-formed token always gets its one command: a valid session from a blocked address keeps working
        CallBudget budget = function.budget();
        return sessions.check(session, ip, budget)
                .map(check -> {
                    if (!check.authenticated()) {
                        throw failures.answer(ip, check.requestsThisMinute(), check.secondsLeftInMinute(),
                                ApiException.unauthorized());
                    }
                    if (check.requestsThisMinute() > settings.limitOf(budget)) {
                        throw ApiException.rateLimited(check.secondsLeftInMinute());
                    }
                    return caller.authenticated(check.userId(), session);
                });
    }

    private boolean foreign(Caller caller) {
        String origin = caller.headers().get("origin");
        if (origin != null) {
            return !allowedOrigins.contains(origin);
        }
        return "cross-site".equalsIgnoreCase(caller.headers().get("sec-fetch-site"));
    }

    static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }

    static String cookie(String header, String name) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.startsWith(name + "=")) {
                return p.substring(name.length() + 1);
            }
        }
        return null;
    }
}
