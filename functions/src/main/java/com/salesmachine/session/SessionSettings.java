package com.salesmachine.session;

import com.salesmachine.contract.CallBudget;
import java.time.Duration;

/**
 * How sessions live: the Spring Session key namespace, the idle timeout (sliding) and the absolute
 * lifetime (from login, never extended), and the request budget checked with each call (per session: the
 * counter lives in the session's own hash, so the guard script touches only keys it is given).
 */
public record SessionSettings(String namespace, Duration idleTimeout, Duration absoluteLifetime, int userRequestsPerMinute,
                              int importChunksPerMinute) {

    /** How many calls a session may spend from {@code budget} per minute. */
    public int limitOf(CallBudget budget) {
        return switch (budget) {
            case CALLS -> userRequestsPerMinute;
            case IMPORT -> importChunksPerMinute;
        };
    }

    /**
     * The prefix of the session hash's fields the guard script counts {@code budget} in ({@code <field>Window},
     * {@code <field>Count}: {@code rateWindow}/{@code rateCount} for calls).
     */
    public String counterField(CallBudget budget) {
        return switch (budget) {
            case CALLS -> "rate";
            case IMPORT -> "import";
        };
    }

    public String sessionKey(String id) {
        return namespace + ":sessions:" + id;
    }

    /** The per-user index, named as spring-session-data-redis names its principal index. */
    public String userIndexKey(String userId) {
        return namespace + ":index:org.springframework.session.FindByIndexNameSessionRepository:PRINCIPAL_NAME_INDEX_NAME:" + userId;
    }

    /** Failed authentications (unknown session, bad signature...) from one client address, per minute. */
    public String failedAuthenticationKey(String clientIp) {
        return namespace + ":rate:ip:failed-auth:" + (clientIp == null ? "unknown" : clientIp);
    }
}
