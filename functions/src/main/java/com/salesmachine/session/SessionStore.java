package com.salesmachine.session;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.salesmachine.contract.CallBudget;
import com.salesmachine.contract.account.SessionInfo;
import com.salesmachine.contract.account.SessionItem;
import com.salesmachine.session.upstash.LuaScript;
import com.salesmachine.session.upstash.UpstashClient;
import com.salesmachine.session.upstash.UpstashResult;
import reactor.core.publisher.Mono;

/**
 * Sessions in Upstash, in Spring Session's {@code MapSession} model and the key layout of
 * spring-session-data-redis ({@code <ns>:sessions:<id>} hash: creationTime, lastAccessedTime,
 * maxInactiveInterval, {@code sessionAttr:<name>} with JSON values), so either transport can read
 * what the other wrote. A per-user set indexes each user's sessions.
 */
public final class SessionStore {

    static final String USER_ATTRIBUTE = "sessionAttr:userId";
    static final String AGENT_ATTRIBUTE = "sessionAttr:userAgent";
    static final String PRINCIPAL_ATTRIBUTE =
            "sessionAttr:org.springframework.session.FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME";
    static final LuaScript GUARD = Scripts.load("guard.lua");

    private final UpstashClient upstash;
    private final SessionSettings settings;
    private final Clock clock;

    public SessionStore(UpstashClient upstash, SessionSettings settings, Clock clock) {
        this.upstash = upstash;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The outcome of the per-call check: a user (with the session's calls this minute), or, for an unknown or
     * expired session, the client address's failed authentications in its window (userId null).
     */
    public record Check(UUID userId, long requestsThisMinute, long secondsLeftInMinute) {

        public boolean authenticated() {
            return userId != null;
        }
    }

    /** Creates a new session for the user in one request (hash, TTL, index). */
    public Mono<SessionInfo> create(UUID userId, String userAgent) {
        String token = SessionTokens.newToken();
        long now = clock.millis();
        long idleSeconds = settings.idleTimeout().toSeconds();
        String key = settings.sessionKey(token);
        String index = settings.userIndexKey(userId.toString());
        List<List<Object>> commands = List.of(
                List.of("HSET", key, "creationTime", now, "lastAccessedTime", now, "maxInactiveInterval", idleSeconds,
                        USER_ATTRIBUTE, json(userId.toString()), PRINCIPAL_ATTRIBUTE, json(userId.toString()),
                        AGENT_ATTRIBUTE, json(truncate(userAgent))),
                List.of("EXPIRE", key, idleSeconds),
                List.of("SADD", index, token),
                List.of("EXPIRE", index, settings.absoluteLifetime().toSeconds()));
        Instant expiresAt = Instant.ofEpochMilli(now).plus(settings.idleTimeout());
        return upstash.multiExec(commands).map(results -> {
            failOnError(results);
            return new SessionInfo(token, expiresAt);
        });
    }

    /**
     * Validates and touches the session and counts the call, or counts a failed authentication for the client
     * address when the session is unknown or expired: ONE Upstash request, ONE command, every key declared. The
     * call counts against {@code budget}; {@link Check#requestsThisMinute()} is that budget's count.
     */
    public Mono<Check> check(String token, String clientIp, CallBudget budget) {
        long now = clock.millis();
        long minute = now / 60_000;
        return upstash.eval(GUARD, List.of(settings.sessionKey(token), settings.failedAuthenticationKey(clientIp)),
                        List.of(now, settings.absoluteLifetime().toMillis(), minute, settings.counterField(budget)))
                .map(result -> {
                    List<?> reply = (List<?>) result;
                    if (((Number) reply.get(0)).longValue() != 1) {
                        return new Check(null, ((Number) reply.get(1)).longValue(), ((Number) reply.get(2)).longValue());
                    }
                    long secondsLeft = 60 - (now / 1000) % 60;
                    return new Check(UUID.fromString((String) reply.get(1)), ((Number) reply.get(2)).longValue(), secondsLeft);
                });
    }

    /** Deletes one session; answers how many were revoked (0 or 1). */
    public Mono<Long> revoke(UUID userId, String token) {
        return upstash.multiExec(List.of(
                        List.of("DEL", settings.sessionKey(token)),
                        List.of("SREM", settings.userIndexKey(userId.toString()), token)))
                .map(results -> {
                    failOnError(results);
                    return ((Number) results.get(0).result()).longValue();
                });
    }

    /** Deletes every session of the user but {@code keep} (may be null); answers how many were live. */
    public Mono<Long> revokeAll(UUID userId, String keep) {
        String index = settings.userIndexKey(userId.toString());
        return members(index).flatMap(ids -> {
            List<List<Object>> commands = new ArrayList<>();
            for (String id : ids) {
                if (!id.equals(keep)) {
                    commands.add(List.of("DEL", settings.sessionKey(id)));
                    commands.add(List.of("SREM", index, id));
                }
            }
            if (commands.isEmpty()) {
                return Mono.just(0L);
            }
            return upstash.multiExec(commands).map(results -> {
                failOnError(results);
                long revoked = 0;
                for (int i = 0; i < results.size(); i += 2) {
                    revoked += ((Number) results.get(i).result()).longValue();
                }
                return revoked;
            });
        });
    }

    /** The user's live sessions, newest first; dead ids are dropped from the index on the way. */
    public Mono<List<SessionItem>> list(UUID userId, String current) {
        String index = settings.userIndexKey(userId.toString());
        long now = clock.millis();
        return members(index).flatMap(ids -> {
            if (ids.isEmpty()) {
                return Mono.just(List.<SessionItem>of());
            }
            List<List<Object>> reads = new ArrayList<>();
            for (String id : ids) {
                reads.add(List.of("HMGET", settings.sessionKey(id), "creationTime", "lastAccessedTime",
                        "maxInactiveInterval", AGENT_ATTRIBUTE));
            }
            return upstash.pipeline(reads).flatMap(results -> {
                List<SessionItem> items = new ArrayList<>();
                List<List<Object>> cleanup = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    List<?> f = results.get(i).isError() ? null : (List<?>) results.get(i).result();
                    Long created = f == null ? null : asLong(f.get(0));
                    Long last = f == null ? null : asLong(f.get(1));
                    Long idle = f == null ? null : asLong(f.get(2));
                    boolean live = created != null && last != null && idle != null
                            && now - last < idle * 1000 && now - created < settings.absoluteLifetime().toMillis();
                    if (!live) {
                        cleanup.add(List.of("SREM", index, ids.get(i)));
                        continue;
                    }
                    items.add(new SessionItem(SessionTokens.handle(ids.get(i)), Instant.ofEpochMilli(created),
                            Instant.ofEpochMilli(last), fromJson(f.get(3)), ids.get(i).equals(current)));
                }
                items.sort(Comparator.comparing(SessionItem::createdAt).reversed());
                Mono<?> tidy = cleanup.isEmpty() ? Mono.empty() : upstash.pipeline(cleanup);
                return tidy.then(Mono.just(items));
            });
        });
    }

    @SuppressWarnings("unchecked")
    private Mono<List<String>> members(String index) {
        return upstash.command("SMEMBERS", index)
                .map(r -> (List<String>) (List<?>) r)
                .defaultIfEmpty(List.of());
    }

    private static void failOnError(List<UpstashResult> results) {
        for (UpstashResult r : results) {
            if (r.isError()) {
                throw new IllegalStateException("Session store command failed: " + r.error());
            }
        }
    }

    private static Long asLong(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Attribute values are JSON, as spring-session-data-redis writes them with a JSON serializer. */
    static String json(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String fromJson(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return "null".equals(s) ? null : s;
    }

    private static String truncate(String userAgent) {
        if (userAgent == null) {
            return null;
        }
        return userAgent.length() > 300 ? userAgent.substring(0, 300) : userAgent;
    }
}
