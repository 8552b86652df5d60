package com.salesmachine.bench.load;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Every client calls {@code listProspects {"limit":50}} as its own user, at {@code path} (function or bare route). */
final class ListProspectsScenario implements Scenario {

    static final byte[] BODY = "{\"limit\":50}".getBytes(StandardCharsets.UTF_8);

    private final String path;
    private final String operation;
    private final List<Session> sessions;

    ListProspectsScenario(String path, String operation, List<Session> sessions) {
        this.path = path;
        this.operation = operation;
        this.sessions = sessions;
    }

    @Override
    public Script client(int index) {
        Session session = sessions.get(index % sessions.size());
        Call call = new Call(operation, "read", path, BODY, session.auth());
        return () -> call;
    }
}
