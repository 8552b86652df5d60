package com.salesmachine.reliability;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.FunctionSpec;
import com.salesmachine.support.RawHttp;
import com.salesmachine.support.TestHttp;

/**
 * Sends one function's hostile stream as one user (its own {@link World}, connection and client address),
 * one request at a time, and checks every answer: no 5xx, the contract's error shape, and for a rejected request
 * an unchanged fingerprint of everything the user owns (plus, for functions that reach beyond one user, the
 * table they write). A request that ends the session (logout, account deletion) is followed by a new login or
 * a new world.
 */
final class HostileWorker implements HostileRequests.Sender, AutoCloseable {

    private final TestHttp http;
    private final Database db = new Database();
    private final HostileTally tally;
    private World world;
    private String deadToken;
    private String usedDeliveryId;
    private HostileRequests.Probe lastAccepted;
    /** Rejected requests sent since the last fingerprint. */
    private final java.util.List<String> uncovered = new java.util.ArrayList<>();
    /** Answered by the transport or an access check, before any function code runs. */
    private static final java.util.Set<Integer> REFUSED_BEFORE_THE_FUNCTION = java.util.Set.of(400, 401, 403, 405, 413, 415);

    HostileWorker(int port, HostileTally tally) {
        this.http = new TestHttp(port);
        this.tally = tally;
        this.world = World.create(http, db);
        var login = http.post("login", "{\"email\":\"" + world.email() + "\",\"password\":\"" + World.PASSWORD + "\"}",
                Map.of("X-Forwarded-For", World.freshAddress()));
        deadToken = login.json().path("session").path("token").asString();
        http.post("logout", "{}", Map.of("Authorization", "Bearer " + deadToken));
    }

    void run(FunctionSpec function, int count, long seed) {
        HostileRequests generator = new HostileRequests(function, seed);
        lastAccepted = null;
        Map<String, String> before = fingerprint(function);
        for (int n = 0; n < count; n++) {
            HostileRequests.Probe probe;
            try {
                probe = generator.next(n, this);
            } catch (ExampleInputs.CannotFill e) {
                tally.failure("example", function.name() + ": " + e.getMessage());
                return;
            }
            TestHttp.Response r;
            long sent = System.nanoTime();
            try {
                r = http.raw(probe.method(), probe.path(), probe.body(), probe.headers());
                if (r.status() == 503) {
                    // a backing service answered too slowly (a busy machine): once more, then it counts
                    tally.retried503();
                    Thread.sleep(200);
                    r = http.raw(probe.method(), probe.path(), probe.body(), probe.headers());
                }
                tally.timeHttp(System.nanoTime() - sent);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IllegalArgumentException e) {
                continue; // a header the JDK client refuses to send: nothing was sent
            } catch (UncheckedIOException | IllegalStateException e) {
                tally.count(function.name(), probe, -1);
                tally.failure("no answer", function.name() + ": " + e + " for " + probe.describe());
                continue;
            }
            tally.count(function.name(), probe, r.status());
            String problem = ContractAnswers.problem(probe.method(), r);
            if (problem != null) {
                tally.failure(r.status() >= 500 ? "5xx" : "shape",
                        function.name() + ": " + problem + " for " + probe.describe() + " -> " + abbreviate(r.body()));
            }
            boolean rejected = r.status() >= 400;
            // a replayed integration request may be answered 200 but must change nothing (its natural key holds;
            // a new delivery id only adds its own bookkeeping row), except a claim, which leases what is due now
            boolean replay = probe.kind().startsWith("replay") && !function.name().equals("claimOutbound");
            if (rejected || replay) {
                uncovered.add(r.status() + " " + abbreviate(r.body()) + ": " + probe.describe());
            }
            boolean sessionMayHaveEnded = r.status() == 401 && probe.validAuth() && function.access() == Access.USER;
            if (rejected && !replay && REFUSED_BEFORE_THE_FUNCTION.contains(r.status()) && n + 1 < count && !sessionMayHaveEnded) {
                // no fingerprint now: the next one compares against the same baseline and covers this request too
                continue;
            }
            long fingerprinted = System.nanoTime();
            Map<String, String> after = fingerprint(function);
            tally.timeFingerprint(System.nanoTime() - fingerprinted);
            if (replay && !rejected) {
                after.put("integration_deliveries", before.getOrDefault("integration_deliveries", ""));
            }
            if (!after.equals(before)) {
                if (rejected || replay) {
                    tally.failure("stored", function.name() + ": rejected requests changed " + changed(before, after)
                            + "; the last of them: " + uncovered.getLast());
                    tally.covered(uncovered.size());
                } else {
                    tally.merged(uncovered.size());
                }
            } else {
                tally.covered(uncovered.size());
            }
            uncovered.clear();
            before = replay && !rejected ? fingerprint(function) : after;
            if (r.status() == 200 && function.access() == Access.INTEGRATION) {
                usedDeliveryId = probe.headers().get("X-Sm-Delivery-Id");
                if (probe.kind().equals("valid")) {
                    lastAccepted = probe;
                } else if (!probe.kind().startsWith("replay")) {
                    // state moved on since the capture: replaying it now may rightly change things back
                    lastAccepted = null;
                }
            }
            if (sessionMayHaveEnded && renewSession()) {
                before = fingerprint(function);
            }
        }
        if (db.count("SELECT count(*) FROM users WHERE id = ?", world.user()) == 0) {
            world = World.create(http, db); // the account was deleted and not replaced (e.g. a 429 hid it)
        } else {
            world.addRows(db); // fresh rows for the next function (this one may have deleted or decided them)
        }
    }

    /**
     * Health and unknown paths: never a 5xx (health is UP), always the contract's shape. A target the JDK client
     * refuses to send ({@code /me|logout}, {@code /%}) goes as raw bytes on a socket of its own.
     */
    void probePaths(java.util.List<String> paths, java.util.List<String> methods) {
        for (String path : paths) {
            for (String method : methods) {
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Content-Type", "application/json");
                TestHttp.Response r;
                boolean bodiless = method.equals("GET") || method.equals("HEAD");
                HostileRequests.Probe probe = new HostileRequests.Probe("path", method, path,
                        bodiless ? null : "{}".getBytes(StandardCharsets.UTF_8), headers, false);
                try {
                    try {
                        r = http.raw(method, path, probe.body(), headers);
                    } catch (IllegalArgumentException e) {
                        r = raw(method, path, probe.body(), headers);
                    }
                } catch (UncheckedIOException | IllegalStateException e) {
                    tally.count("paths", probe, -1);
                    tally.failure("no answer", method + " " + path + ": " + e);
                    continue;
                }
                tally.count("paths", probe, r.status());
                String problem = ContractAnswers.problem(method, r);
                if (problem != null) {
                    tally.failure(r.status() >= 500 ? "5xx" : "shape", method + " " + path + ": " + problem + " -> "
                            + abbreviate(r.body()));
                }
            }
        }
    }

    private TestHttp.Response raw(String method, String path, byte[] body, Map<String, String> headers) {
        RawHttp.Answer a = RawHttp.send(http.port(), method, path, headers, body);
        Map<String, java.util.List<String>> all = new LinkedHashMap<>();
        a.headers().forEach((name, value) -> all.put(name, java.util.List.of(value)));
        return new TestHttp.Response(a.status(), java.net.http.HttpHeaders.of(all, (n, v) -> true), a.body());
    }

    /** Logged out or deleted by an accepted request: log in again, or start over as a new user. */
    private boolean renewSession() {
        Map<String, String> check = new LinkedHashMap<>(world.bearer());
        check.put("X-Forwarded-For", World.freshAddress()); // this address may be over its failed-authentication limit
        if (http.post("me", "{}", check).status() != 401) {
            return false;
        }
        var login = http.post("login", "{\"email\":\"" + world.email() + "\",\"password\":\"" + World.PASSWORD + "\"}",
                Map.of("X-Forwarded-For", World.freshAddress()));
        if (login.status() == 200) {
            world.token(login.json().path("session").path("token").asString());
        } else {
            world = World.create(http, db);
        }
        return true;
    }

    private Map<String, String> fingerprint(FunctionSpec function) {
        Map<String, String> out = db.fingerprint(world.user());
        if (function.name().equals("signup")) {
            db.query("SELECT count(*), max(created_at)::text FROM users", r -> out.put("all users", r.getLong(1) + ":" + r.getString(2)));
        }
        if (HostileInputTest.actsAcrossUsers(function)) {
            db.query("SELECT count(*), sum(attempts), count(*) FILTER (WHERE status = 'sending'), max(updated_at)::text"
                            + " FROM outbound_messages",
                    r -> out.put("all outbound_messages", r.getLong(1) + ":" + r.getLong(2) + ":" + r.getLong(3) + ":" + r.getString(4)));
        }
        return out;
    }

    private static String changed(Map<String, String> before, Map<String, String> after) {
        StringBuilder out = new StringBuilder();
        after.forEach((table, value) -> {
            if (!value.equals(before.get(table))) {
                out.append(out.isEmpty() ? "" : ", ").append(table);
            }
        });
        return out.toString();
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 240 ? s : s.substring(0, 240) + "...";
    }

    @Override
    public String token() {
        return world.token();
    }

    @Override
    public String deadToken() {
        return deadToken;
    }

    @Override
    public Map<String, UUID> ids() {
        return world.ids();
    }

    @Override
    public String email() {
        return world.email();
    }

    @Override
    public String usedDeliveryId() {
        return usedDeliveryId;
    }

    @Override
    public HostileRequests.Probe lastAccepted() {
        return lastAccepted;
    }

    @Override
    public void close() {
        db.close();
    }
}
