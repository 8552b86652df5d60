package com.salesmachine.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.FunctionSpec;
import com.salesmachine.contract.Functions;
import com.salesmachine.platform.db.Cursor;
import com.salesmachine.support.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scenario 6 of issue 9, over the whole catalogue: user A owns one of everything; user B calls EVERY user-class
 * function with every id A owns in every id field of its input (found by reflection, so a new function is
 * covered). Each answer must be exactly the answer for an id that does not exist (product rule 1): a 404, or a
 * 2xx that names nothing of A's. A function without id fields is called anyway and must not name A's rows;
 * a cursor built from A's rows must not page into them. A's rows are unchanged after every function.
 */
class TenantIsolationTest {

    static final String SCENARIO = "6 tenant isolation";
    /** Functions that end B's session; called last, in this order (deleteAccount ends B for good). */
    static final List<String> SESSION_ENDING = List.of("changePassword", "logout", "logoutEverywhere", "deleteAccount");

    private final TestHttp http = new TestHttp(Instances.unthrottled());
    private final List<String> failures = new ArrayList<>();
    private long requests;

    @Test
    void userBGetsNotFoundOrNothingForEveryIdOfUserAInEveryFunctionAndNothingOfAChanges() {
        long started = System.nanoTime();
        try (Database db = new Database()) {
            World a = World.create(http, db);
            World b = World.create(http, db);
            Set<String> aIds = new LinkedHashSet<>();
            db.idsOwnedBy(a.user()).forEach(id -> aIds.add(id.toString()));
            call(a, "listSessions", "{}").json().path("items").forEach(s -> aIds.add(s.path("id").asString()));
            Map<String, String> aBefore = db.fingerprint(a.user());

            for (FunctionSpec function : userFunctionsSessionEndingLast()) {
                b.addRows(db);
                try {
                    exercise(function, a, b, aIds);
                } catch (ExampleInputs.CannotFill e) {
                    failures.add(e.getMessage());
                }
                if (!db.fingerprint(a.user()).equals(aBefore)) {
                    failures.add(function.name() + ": user A's rows changed");
                    aBefore = db.fingerprint(a.user());
                }
                if (!function.name().equals("deleteAccount") && call(b, "me", "{}").status() == 401) {
                    if (!SESSION_ENDING.contains(function.name())) {
                        failures.add(function.name() + " ended B's session: add it to SESSION_ENDING");
                    }
                    b.token(login(b));
                }
            }
            if (call(a, "me", "{}").status() != 200) {
                failures.add("user A's session did not survive B's calls");
            }
        }
        System.out.printf("[reliability] %s: %d requests in %d ms%n", SCENARIO, requests,
                (System.nanoTime() - started) / 1_000_000);
        Results.record(SCENARIO, requests, failures.size(),
                "every answer to B naming A's ids is the unknown-id answer (404 or a list without A's rows); A unchanged");
        assertThat(failures).as("tenant isolation failures").isEmpty();
    }

    private void exercise(FunctionSpec function, World a, World b, Set<String> aIds) {
        String name = function.name();
        List<String> idPaths = ExampleInputs.idPaths(function);
        for (String path : idPaths) {
            boolean list = ExampleInputs.of(function, b.ids()).at("/" + path.replace('.', '/')).isArray();
            String unknownId = UUID.randomUUID().toString();
            TestHttp.Response unknown = call(b, name, withId(function, b, path, unknownId, list));
            for (String aId : aIds) {
                if (!isUuid(aId)) {
                    continue; // a session handle is no UUID: only checked for leaks
                }
                TestHttp.Response r = call(b, name, withId(function, b, path, aId, list));
                String where = name + " with A's " + aId + " in " + path + ": ";
                if (r.status() != 404 && (r.status() < 200 || r.status() >= 300)) {
                    failures.add(where + "answered " + r.status() + " " + abbreviate(r.body()));
                } else if (r.status() != unknown.status() || !sameAnswer(r, aId, unknown, unknownId)) {
                    failures.add(where + "answered " + r.status() + " " + abbreviate(r.body())
                            + " but an unknown id gets " + unknown.status() + " " + abbreviate(unknown.body()));
                } else {
                    leaks(where, r.body().replace(aId, ""), a, aIds);
                }
            }
        }
        if (function.input() != null && hasCursor(function)) {
            for (String cursor : cursorsOf(a, aIds)) {
                ObjectNode body = ExampleInputs.of(function, b.ids()).put("cursor", cursor);
                TestHttp.Response r = call(b, name, Bodies.text(body));
                String where = name + " with a cursor on A's rows: ";
                if (r.status() >= 500 || (r.status() != 422 && r.status() >= 300)) {
                    failures.add(where + "answered " + r.status() + " " + abbreviate(r.body()));
                } else {
                    leaks(where, r.body(), a, aIds);
                }
            }
        }
        // B's own example: proves the 404s above came from ownership, and a function without ids names nothing of A's
        for (ObjectNode example : ExampleInputs.variants(function, b.ids())) {
            TestHttp.Response own = call(b, name, Bodies.text(example));
            if (own.status() != 200) {
                failures.add(name + ": B's own example " + Bodies.text(example) + " answered " + own.status() + " "
                        + abbreviate(own.body()) + " (fix the example in ExampleInputs)");
            } else {
                leaks(name + " (B's own call): ", own.body(), a, aIds);
            }
        }
    }

    private static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equals(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String withId(FunctionSpec function, World b, String path, String id, boolean list) {
        ObjectNode example = ExampleInputs.forPath(function, b.ids(), path);
        JsonNode value = list ? Bodies.JSON.createArrayNode().add(id) : Bodies.JSON.getNodeFactory().stringNode(id);
        return Bodies.text(Bodies.with(example, path, value));
    }

    /** Equal answers once each side's own id is blanked out (the echo of what the caller sent is no leak). */
    private static boolean sameAnswer(TestHttp.Response r, String id, TestHttp.Response unknown, String unknownId) {
        if (r.status() >= 400) {
            return r.errorCode().equals(unknown.errorCode());
        }
        return r.body().replace(id, "<ID>").equals(unknown.body().replace(unknownId, "<ID>"));
    }

    private void leaks(String where, String body, World a, Set<String> aIds) {
        String lower = body.toLowerCase(Locale.ROOT);
        if (lower.contains(a.marker().toLowerCase(Locale.ROOT)) || lower.contains(a.email().toLowerCase(Locale.ROOT))) {
            failures.add(where + "the answer holds A's data: " + abbreviate(body));
            return;
        }
        for (String id : aIds) {
            if (body.contains(id)) {
                failures.add(where + "the answer names A's id " + id + ": " + abbreviate(body));
                return;
            }
        }
    }

    private static boolean hasCursor(FunctionSpec function) {
        for (var c : function.input().getRecordComponents()) {
            if (c.getName().equals("cursor")) {
                return true;
            }
        }
        return false;
    }

    /** Cursors as the API encodes them (the platform's and the review queue's), positioned on A's rows. */
    private static List<String> cursorsOf(World a, Set<String> aIds) {
        List<String> out = new ArrayList<>();
        Instant later = Instant.now().plusSeconds(3600);
        for (String kind : List.of(World.PROSPECT, World.REVIEW_ITEM, World.MEETING)) {
            UUID id = a.ids().get(kind);
            out.add(new Cursor(later, id).encode());
            out.add(new Cursor(null, id).encode());
            out.add(Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ("q|9|" + Instant.EPOCH + "|" + id).getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    private List<FunctionSpec> userFunctionsSessionEndingLast() {
        return Functions.ALL.stream().filter(f -> f.access() == Access.USER)
                .sorted(Comparator.comparingInt(f -> SESSION_ENDING.indexOf(f.name())))
                .toList();
    }

    private TestHttp.Response call(World who, String function, String body) {
        requests++;
        return http.post(function, body, who.bearer());
    }

    private String login(World who) {
        requests++;
        var r = http.post("login", "{\"email\":\"" + who.email() + "\",\"password\":\"" + World.PASSWORD + "\"}");
        return r.json().path("session").path("token").asString();
    }

    static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
