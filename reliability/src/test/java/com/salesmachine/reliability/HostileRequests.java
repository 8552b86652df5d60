package com.salesmachine.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.FunctionSpec;
import com.salesmachine.integration.Signatures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generator of scenario 5: from a valid example body of one function (see {@link ExampleInputs}), a seeded
 * stream of hostile variants: broken JSON, wrong JSON types, huge strings, deep nesting, unicode edge cases
 * (NUL, lone surrogates, RTL, emoji, overlong and invalid UTF-8), SQL/script/template injection, extreme numbers,
 * bad UUIDs and cursors, missing and extra fields, bodies over 1 MiB, wrong content types and methods, and bad
 * credentials: session tokens and cookies for user functions, HMAC signatures and delivery ids for integration ones.
 * Everything else an integration call carries is signed correctly, so the hostile body reaches the parser.
 */
final class HostileRequests {

    static final String WEBHOOK_SECRET = "local-webhook-secret";

    /** One request to send. {@code validAuth}: it carries the sender's own valid session (or signature). */
    record Probe(String kind, String method, String path, byte[] body, Map<String, String> headers, boolean validAuth) {
        String describe() {
            String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            return kind + " " + method + " " + path + " " + (text.length() > 160 ? text.substring(0, 160) + "..." : text);
        }
    }

    /** What the generator needs to know about the sender at the time of each request. */
    interface Sender {
        String token();

        String deadToken();

        Map<String, UUID> ids();

        String email();

        /** A delivery id this sender already used successfully, or null. */
        String usedDeliveryId();

        /** The last integration request this sender had accepted (200), exactly as sent, or null. */
        Probe lastAccepted();
    }

    private static final String HOLE = "@@HOSTILE@@";
    private static final List<String> WRONG_TYPES = List.of("123", "\"text\"", "true", "false", "null", "[]", "{}",
            "[1,2]", "{\"a\":1}", "1.5", "[\"x\"]", "-7", "[null]", "[[]]", "{\"\":{}}");
    private static final List<String> NUMBERS = List.of("-1", "0", "-0", "1.5", "-2147483649", "2147483648",
            "9223372036854775808", "-9223372036854775809", "1e308", "1e400", "-1e400", "1E2", "0.0000001",
            "123456789012345678901234567890", "1e-400", "NaN", "Infinity", "-Infinity", "0x10", "01", "+1", ".5",
            "1.", "--1", "2147483647", "-2147483648", "100", "101", "41", "1441", "16", "6");
    private static final List<String> UNICODE = List.of("\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udfff\"",
            "\"x\\udc00y\"", "\"\\ud83d\\ude00 emoji\"", "\"\u202Egnp.exe\"", "\"\u200B\u200C\u200D\"",
            "\"e\u0301\u0301\u0301\"", "\"\uFEFFbom\"", "\"\uFFFF\uFFFE\"", "\"\\u0000\\u0001\\u001f\"",
            "\"\u0085\u2028\u2029\"", "\"\uD835\uDD73\uD835\uDD8A\"", "\"\u0627\u0644\u0639\u0631\u0628\u064A\u0629\"",
            "\"\\ud800\\ud800\"", "\"\\udbff\\udfff\"", "\"\u00ff\u0100\u0800\"", "\"\\u202e\\u0000\\ud800\"",
            "\" \"", "\"\"", "\"\\t\\n\\r\"", "\"\u3000\"");
    private static final List<byte[]> BAD_UTF8 = List.of(bytes(0x22, 0xC0, 0xAF, 0x22), bytes(0x22, 0xE0, 0x80, 0xAF, 0x22),
            bytes(0x22, 0xED, 0xA0, 0x80, 0x22), bytes(0x22, 0xFF, 0x22), bytes(0x22, 0xF8, 0x88, 0x80, 0x80, 0x80, 0x22),
            bytes(0x22, 0xC3, 0x22), bytes(0x22, 0xF4, 0x90, 0x80, 0x80, 0x22), bytes(0x22, 0xC0, 0x80, 0x22),
            bytes(0x22, 0x61, 0xFE, 0xFF, 0x22), bytes(0x22, 0x80, 0x22), bytes(0x22, 0xF0, 0x9F, 0x98, 0x22),
            bytes(0x22, 0xED, 0xB0, 0x80, 0x22), bytes(0x22, 0xE0, 0x9F, 0xBF, 0x22), bytes(0x22, 0xF0, 0x80, 0x80, 0xAF, 0x22));
    private static final List<String> INJECTION = List.of("' OR '1'='1", "'; DROP TABLE users; --", "\" OR \"\"=\"",
            "1; SELECT pg_sleep(5)", "%' AND 1=1 --", "\\", "%", "_", "$$ $1 $$", "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}", "${7*7}", "#{7*7}",
            "${jndi:ldap://127.0.0.1/a}", "../../../../etc/passwd", "file:///etc/passwd",
            "http://169.254.169.254/latest/meta-data/", "{\"$gt\":\"\"}", "admin'--", "\r\nSet-Cookie: a=b", "%00",
            "%n%n%n%s%s", "`id`", "$(id)", "|| ls", "'||pg_sleep(5)||'", "1' UNION SELECT password_hash FROM users--",
            "{{#each this}}{{/each}}", "\u0000'", "0; WAITFOR DELAY '0:0:5'", "<!--", "]]>", "\\u0000");
    private static final List<String> BROKEN = List.of("", " ", "{", "}", "[]", "[{}]", "null", "true", "1", "\"x\"",
            "{,}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{'a':1}", "{a:1}", "{\"a\":1}{\"b\":2}", "{\"a\":1} x",
            "/*c*/{}", "{\"a\":01}", "\uFEFF{}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"unterminated}",
            "{\"a\":\"tab\there\"}", "{\"a\"::1}", "{{}}", "[", "{\"a\":[1,2}", "{\"a\":tru}", "{\"a\":nul}",
            "\u0000", "{\"\\u0000\":1}", "{} ", "\n\n{}\n", "{\"a\":1}\u0000");
    private static final List<String> EXTRA_KEYS = List.of("extra", "userId", "__proto__", "constructor", "isAdmin",
            "id", "", "a\\u0000b", "\u00ff", "password", "role", "user_id", "ID", " id");
    private static final List<String> CONTENT_TYPES = List.of("", "text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json-patch+json",
            "application/vnd.api+json", "application/json; charset=utf-16", "application/json; charset=iso-8859-1",
            "APPLICATION/JSON", "application/jsonp", "json", "*/*", "application/*", "text/json",
            "application/json;;;", "application/json; boundary=\"", "text/html", "application/octet-stream",
            "image/png", "application/json, text/plain");
    private static final List<String> METHODS = List.of("GET", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW");

    private final FunctionSpec function;
    private final Random random;
    private final List<String> idPaths;
    private final boolean hasCursor;

    HostileRequests(FunctionSpec function, long seed) {
        this.function = function;
        this.random = new Random(seed);
        this.idPaths = function.input() == null ? List.of() : ExampleInputs.idPaths(function);
        boolean cursor = false;
        if (function.input() != null) {
            for (var c : function.input().getRecordComponents()) {
                cursor |= c.getName().equals("cursor");
            }
        }
        this.hasCursor = cursor;
    }

    /** The n-th hostile request of this function's stream (n = 0, 1 are the oversized bodies). */
    Probe next(int n, Sender sender) {
        ObjectNode example = ExampleInputs.of(function, sender.ids());
        String path = "/" + function.name();
        if (n < 2) {
            return authorised("oversized", "POST", path, oversized(example, n), json(), sender);
        }
        int roll = random.nextInt(100);
        if (roll < 12) {
            return authorised("broken-json", "POST", path, brokenJson(example), json(), sender);
        } else if (roll < 21) {
            return authorised("wrong-type", "POST", path, at(example, anyPath(example), raw(pick(WRONG_TYPES))), json(), sender);
        } else if (roll < 26) {
            return authorised("huge-string", "POST", path, at(example, stringPathOrAny(example), raw(hugeString())), json(), sender);
        } else if (roll < 31) {
            return authorised("deep-nesting", "POST", path, at(example, anyPath(example), raw(deep())), json(), sender);
        } else if (roll < 43) {
            byte[] value = random.nextInt(4) == 0 ? pick(BAD_UTF8) : raw(pick(UNICODE));
            String where = random.nextInt(8) == 0 ? null : stringPathOrAny(example);
            byte[] body = where == null ? at(example, "extra" + HOLE, value) : at(example, where, value);
            return authorised("unicode", "POST", path, body, json(), sender);
        } else if (roll < 52) {
            return authorised("injection", "POST", path, at(example, stringPathOrAny(example), raw(quote(pick(INJECTION)))), json(), sender);
        } else if (roll < 60) {
            return authorised("number", "POST", path, at(example, numberPathOrAny(example), raw(pick(NUMBERS))), json(), sender);
        } else if (roll < 68) {
            String where = idPaths.isEmpty() ? anyPathOr(example, "id") : idPaths.get(random.nextInt(idPaths.size()));
            return authorised("bad-uuid", "POST", path, at(example, where, raw(quote(badUuid()))), json(), sender);
        } else if (roll < 71) {
            return authorised("bad-cursor", "POST", path, at(example, hasCursor ? "cursor" : anyPathOr(example, "cursor"),
                    raw(quote(badCursor()))), json(), sender);
        } else if (roll < 78) {
            return authorised("missing-field", "POST", path, missing(example), json(), sender);
        } else if (roll < 84) {
            return authorised("extra-field", "POST", path, extra(example), json(), sender);
        } else if (roll < 88) {
            String type = pick(CONTENT_TYPES);
            Map<String, String> headers = new LinkedHashMap<>();
            if (!type.isEmpty()) {
                headers.put("Content-Type", type);
            }
            return authorised("content-type", "POST", path, Bodies.bytes(example), headers, sender);
        } else if (roll < 90) {
            String method = pick(METHODS);
            Map<String, String> headers = json();
            if (method.equals("OPTIONS") && random.nextBoolean()) {
                headers.put("Origin", "https://evil.example");
                headers.put("Access-Control-Request-Method", "POST");
            }
            boolean bodiless = method.equals("GET") || method.equals("HEAD");
            return authorised("method", method, path, bodiless ? null : Bodies.bytes(example), headers, sender);
        } else if (roll < 96) {
            return badCredentials(path, example, sender);
        } else if (roll < 98 || !(hasPassword(example) || function.access() == Access.INTEGRATION)) {
            return authorised("valid", "POST", path, Bodies.bytes(example), json(), sender);
        } else if (function.access() == Access.INTEGRATION) {
            return replay(path, example, sender);
        } else {
            return authorised("long-password", "POST", path, longPassword(example), json(), sender);
        }
    }

    // ---- issue 14: long passwords, replays

    /** Passwords past BCrypt's 72 bytes (accented, 4-byte emoji, ASCII), at and beyond the contract's 200 characters. */
    private static final List<String> LONG_PASSWORDS = List.of("\u00e9".repeat(63) + "A1", "\u03a9".repeat(198) + "a1",
            "x".repeat(71) + "A1", "\ud83d\ude00".repeat(100), "\u00e9".repeat(201), "A1" + "\u00e9".repeat(70) + "\u0000");

    private static boolean hasPassword(ObjectNode example) {
        return example.propertyNames().stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).contains("password"));
    }

    private byte[] longPassword(ObjectNode example) {
        List<String> fields = example.propertyNames().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).contains("password")).toList();
        return at(example, pick(fields), raw(quote(pick(LONG_PASSWORDS))));
    }

    /**
     * The sender's last accepted integration request sent again: as captured (same delivery id: the stored answer)
     * or under a new delivery id with its captured timestamp and signature (a replay: refused, or no effect).
     */
    private Probe replay(String path, ObjectNode example, Sender sender) {
        Probe captured = sender.lastAccepted();
        if (captured == null || !captured.path().equals(path)) {
            return authorised("valid", "POST", path, Bodies.bytes(example), json(), sender);
        }
        Map<String, String> h = new LinkedHashMap<>(captured.headers());
        boolean sameId = random.nextInt(3) == 0;
        if (!sameId) {
            h.put("X-Sm-Delivery-Id", "replay-" + UUID.randomUUID());
        }
        return new Probe(sameId ? "replay-same-id" : "replay-new-id", "POST", path, captured.body(), h, false);
    }

    // ---- credentials

    private Probe authorised(String kind, String method, String path, byte[] body, Map<String, String> headers, Sender sender) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        if (function.access() == Access.USER) {
            h.put("Authorization", "Bearer " + sender.token());
        } else if (function.access() == Access.INTEGRATION) {
            sign(h, body == null ? new byte[0] : body, WEBHOOK_SECRET, Instant.now().getEpochSecond(), "h-" + UUID.randomUUID());
        }
        return new Probe(kind, method, path, body, h, function.access() != Access.PUBLIC);
    }

    private Probe badCredentials(String path, ObjectNode example, Sender sender) {
        byte[] body = Bodies.bytes(example);
        Map<String, String> h = json();
        if (function.access() == Access.INTEGRATION) {
            long now = Instant.now().getEpochSecond();
            int variant = random.nextInt(19);
            String kind = "bad-signature";
            String delivery = "h-" + UUID.randomUUID();
            switch (variant) {
                case 0 -> h.put("X-Sm-Delivery-Id", delivery);
                case 1 -> sign(h, body, "wrong-secret", now, delivery);
                case 2 -> sign(h, body, WEBHOOK_SECRET, now - 301, delivery);
                case 3 -> sign(h, body, WEBHOOK_SECRET, now + 301, delivery);
                case 4 -> { sign(h, body, WEBHOOK_SECRET, now, delivery); h.put("X-Sm-Timestamp", "abc"); }
                case 5 -> { sign(h, body, WEBHOOK_SECRET, now, delivery); h.put("X-Sm-Timestamp", "9999999999999"); }
                case 6 -> { sign(h, body, WEBHOOK_SECRET, now, delivery); h.put("X-Sm-Timestamp", "-1"); }
                case 7 -> { sign(h, body, WEBHOOK_SECRET, now, delivery); h.put("X-Sm-Signature", h.get("X-Sm-Signature").substring(7)); }
                case 8 -> { sign(h, body, WEBHOOK_SECRET, now, delivery); h.put("X-Sm-Signature", "sha256=" + "0".repeat(64)); }
                case 9 -> { sign(h, body, WEBHOOK_SECRET, now, delivery); h.remove("X-Sm-Signature"); }
                case 10 -> { sign(h, body, WEBHOOK_SECRET, now, delivery); h.remove("X-Sm-Timestamp"); }
                case 11 -> sign(h, Bodies.bytes(ExampleInputs.of(function, sender.ids())), WEBHOOK_SECRET, now, delivery);
                case 12 -> {
                    sign(h, body, WEBHOOK_SECRET, now, delivery);
                    body = (new String(body, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
                }
                case 17 -> {
                    // a captured request replayed under a new delivery id: the id is signed, so it no longer matches
                    sign(h, body, WEBHOOK_SECRET, now, delivery);
                    h.put("X-Sm-Delivery-Id", "h-" + UUID.randomUUID());
                }
                case 18 -> {
                    // signed for another function (the function name is signed)
                    sign(h, body, WEBHOOK_SECRET, now, delivery, function.name().equals("claimOutbound") ? "reportDelivery" : "claimOutbound");
                }
                default -> {
                    // a valid signature, a bad or reused delivery id
                    kind = "bad-delivery-id";
                    String reused = sender.usedDeliveryId();
                    String id = switch (variant) {
                        case 13 -> "";
                        case 14 -> "d".repeat(201);
                        case 15 -> "../x y";
                        default -> reused != null ? reused : "d\u00e9j\u00e0";
                    };
                    sign(h, body, WEBHOOK_SECRET, now, id);
                    return new Probe(kind, "POST", path, body, h, false);
                }
            }
            return new Probe(kind, "POST", path, body, h, false);
        }
        String token = sender.token();
        switch (random.nextInt(15)) {
            case 0 -> { }
            case 1 -> h.put("Authorization", "Bearer");
            case 2 -> h.put("Authorization", "Bearer " + randomToken());
            case 3 -> h.put("Authorization", "Bearer " + token + "x");
            case 4 -> h.put("Authorization", "Bearer " + flip(token));
            case 5 -> h.put("Authorization", "Basic dXNlcjpwYXNz");
            case 6 -> h.put("Authorization", "Bearer " + "a".repeat(4000));
            case 7 -> h.put("Authorization", "Bearer " + sender.deadToken());
            case 8 -> { h.put("Cookie", "sm_session=" + token); h.put("Origin", "https://evil.example"); }
            case 9 -> h.put("Cookie", "sm_session=" + randomToken());
            case 10 -> h.put("Authorization", "Bearer ' OR 1=1 --");
            case 11 -> h.put("Authorization", "Bearer ../../etc/passwd");
            case 12 -> h.put("Authorization", "Bearer " + token + " " + token);
            case 13 -> { h.put("Cookie", "sm_session=" + token); h.put("Origin", "null"); }
            default -> h.put("Cookie", "sm_session=;sm_session=" + sender.deadToken());
        }
        return new Probe("bad-session", "POST", path, body, h, false);
    }

    /** Signs as the workflow engine does (timestamp, this function's name, the delivery id, the body) and sets the three headers. */
    private void sign(Map<String, String> headers, byte[] body, String secret, long timestamp, String deliveryId) {
        sign(headers, body, secret, timestamp, deliveryId, function.name());
    }

    private static void sign(Map<String, String> headers, byte[] body, String secret, long timestamp, String deliveryId,
            String signedFunction) {
        String ts = String.valueOf(timestamp);
        headers.put("X-Sm-Timestamp", ts);
        headers.put("X-Sm-Signature", "sha256=" + Signatures.hmacHex(secret.getBytes(StandardCharsets.UTF_8), ts,
                signedFunction, deliveryId, body));
        headers.put("X-Sm-Delivery-Id", deliveryId);
    }

    // ---- bodies

    private byte[] oversized(ObjectNode example, int n) {
        int size = 1024 * 1024 + 1 + random.nextInt(64 * 1024);
        if (n == 0) {
            return Bodies.bytes(example.deepCopy().put("padding", "x".repeat(size)));
        }
        byte[] out = new byte[size];
        java.util.Arrays.fill(out, (byte) ' ');
        out[0] = '{';
        out[size - 1] = '}';
        return out;
    }

    private byte[] brokenJson(ObjectNode example) {
        String text = Bodies.text(example);
        return switch (random.nextInt(6)) {
            case 0 -> text.substring(0, Math.max(1, random.nextInt(Math.max(1, text.length())))).getBytes(StandardCharsets.UTF_8);
            case 1 -> {
                int at = random.nextInt(text.length());
                String junkChars = "{}[]\",:\\'\u0000\u0007\n#";
                String junk = String.valueOf(junkChars.charAt(random.nextInt(junkChars.length())));
                yield (text.substring(0, at) + junk + text.substring(at)).getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> text.replace('"', '\'').getBytes(StandardCharsets.UTF_8);
            case 3 -> {
                byte[] junk = new byte[1 + random.nextInt(64)];
                random.nextBytes(junk);
                yield junk;
            }
            case 4 -> duplicateKey(example);
            default -> pick(BROKEN).getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] duplicateKey(ObjectNode example) {
        if (example.isEmpty()) {
            return "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8);
        }
        String key = example.propertyNames().iterator().next();
        String text = Bodies.text(example);
        return ("{" + Bodies.text(Bodies.JSON.getNodeFactory().stringNode(key)) + ":" + Bodies.text(example.get(key))
                + "," + text.substring(1)).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] missing(ObjectNode example) {
        List<String> paths = paths(example);
        return switch (random.nextInt(3)) {
            case 0 -> "{}".getBytes(StandardCharsets.UTF_8);
            case 1 -> paths.isEmpty() ? "{}".getBytes(StandardCharsets.UTF_8)
                    : Bodies.bytes(Bodies.without(example, paths.get(random.nextInt(paths.size()))));
            default -> paths.isEmpty() ? "{\"x\":null}".getBytes(StandardCharsets.UTF_8)
                    : at(example, paths.get(random.nextInt(paths.size())), raw("null"));
        };
    }

    private byte[] extra(ObjectNode example) {
        String key = pick(EXTRA_KEYS);
        String value = random.nextBoolean() ? "1" : quote(UUID.randomUUID().toString());
        List<String> objects = new ArrayList<>();
        for (String p : paths(example)) {
            if (example.at("/" + p.replace('.', '/')).isObject()) {
                objects.add(p);
            }
        }
        String text = Bodies.text(example);
        String prefix = objects.isEmpty() || random.nextBoolean() ? "" : objects.get(random.nextInt(objects.size())) + ".";
        if (prefix.isEmpty()) {
            String member = "\"" + key + "\":" + value;
            return (text.equals("{}") ? "{" + member + "}" : "{" + member + "," + text.substring(1)).getBytes(StandardCharsets.UTF_8);
        }
        return Bodies.bytes(Bodies.with(example, prefix + "extra", Bodies.JSON.getNodeFactory().numberNode(1)));
    }

    private String hugeString() {
        int length = List.of(1_000, 10_000, 100_000, 300_000).get(random.nextInt(4));
        String unit = List.of("a", "\u00e9", "\uD83D\uDE00", "' OR 1=1 -- ", "\\u0041").get(random.nextInt(5));
        return "\"" + unit.repeat(Math.max(1, length / unit.length())) + "\"";
    }

    private String deep() {
        int depth = List.of(10, 100, 400, 600, 1000, 5000, 50_000).get(random.nextInt(7));
        boolean arrays = random.nextBoolean();
        StringBuilder out = new StringBuilder(depth * 6);
        for (int i = 0; i < depth; i++) {
            out.append(arrays ? "[" : "{\"a\":");
        }
        out.append("1");
        for (int i = 0; i < depth; i++) {
            out.append(arrays ? "]" : "}");
        }
        return out.toString();
    }

    private String badUuid() {
        String u = UUID.randomUUID().toString();
        return switch (random.nextInt(16)) {
            case 0 -> "";
            case 1 -> "not-a-uuid";
            case 2 -> "00000000-0000-0000-0000-000000000000";
            case 3 -> "ffffffff-ffff-ffff-ffff-ffffffffffff";
            case 4 -> u.toUpperCase(Locale.ROOT);
            case 5 -> "{" + u + "}";
            case 6 -> u + "0";
            case 7 -> u.replace("-", "");
            case 8 -> "urn:uuid:" + u;
            case 9 -> u; // well-formed, unknown
            case 10 -> "' OR 1=1 --";
            case 11 -> " " + u;
            case 12 -> "1-1-1-1-1";
            case 13 -> u.substring(0, 35) + "g";
            case 14 -> u + "\u0000";
            default -> "../" + u;
        };
    }

    private String badCursor() {
        String u = UUID.randomUUID().toString();
        return switch (random.nextInt(14)) {
            case 0 -> "";
            case 1 -> "x";
            case 2 -> "!!!";
            case 3 -> "====";
            case 4 -> b64("|");
            case 5 -> b64("nope|" + u);
            case 6 -> b64("+1000000000-12-31T23:59:59Z|" + u);
            case 7 -> b64("q|999999999999|x|y");
            case 8 -> b64("q|1|2020-01-01T00:00:00Z|" + u);
            case 9 -> "A".repeat(1001);
            case 10 -> "YQ==";
            case 11 -> "ab+/cd";
            case 12 -> b64("\u0000|\u0000");
            default -> b64("-999999999-01-01T00:00:00Z|" + u);
        };
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    // ---- paths in the example

    /** Every path to a value (objects recursed), as dot paths. */
    private static List<String> paths(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, "", out);
        return out;
    }

    private static void collect(JsonNode node, String prefix, List<String> out) {
        if (!node.isObject()) {
            return;
        }
        for (String name : node.propertyNames()) {
            String path = prefix + name;
            out.add(path);
            collect(node.get(name), path + ".", out);
        }
    }

    private String anyPath(ObjectNode example) {
        return anyPathOr(example, "value");
    }

    private String anyPathOr(ObjectNode example, String fallback) {
        List<String> paths = paths(example);
        return paths.isEmpty() ? fallback : paths.get(random.nextInt(paths.size()));
    }

    private String stringPathOrAny(ObjectNode example) {
        List<String> strings = new ArrayList<>();
        for (String p : paths(example)) {
            JsonNode v = example.at("/" + p.replace('.', '/'));
            if (v.isString() || (v.isArray() && !v.isEmpty() && v.get(0).isString())) {
                strings.add(p);
            }
        }
        return strings.isEmpty() ? anyPath(example) : strings.get(random.nextInt(strings.size()));
    }

    private String numberPathOrAny(ObjectNode example) {
        List<String> numbers = new ArrayList<>();
        for (String p : paths(example)) {
            if (example.at("/" + p.replace('.', '/')).isNumber()) {
                numbers.add(p);
            }
        }
        return numbers.isEmpty() ? anyPath(example) : numbers.get(random.nextInt(numbers.size()));
    }

    /**
     * The example with the value at the path replaced by raw bytes (any bytes: broken JSON, invalid UTF-8);
     * a path ending in the hole marker adds a new member there instead.
     */
    private byte[] at(ObjectNode example, String path, byte[] rawValue) {
        String where = path.endsWith(HOLE) ? path.substring(0, path.length() - HOLE.length()) : path;
        JsonNode current = example.at("/" + where.replace('.', '/'));
        boolean inArray = current.isArray() && random.nextBoolean();
        String text = Bodies.text(Bodies.with(example, where, Bodies.JSON.getNodeFactory().stringNode(HOLE)));
        int hole = text.indexOf("\"" + HOLE + "\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + rawValue.length + 2);
        out.writeBytes(text.substring(0, hole).getBytes(StandardCharsets.UTF_8));
        if (inArray) {
            out.write('[');
        }
        out.writeBytes(rawValue);
        if (inArray) {
            out.write(']');
        }
        out.writeBytes(text.substring(hole + HOLE.length() + 2).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] raw(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return Bodies.text(Bodies.JSON.getNodeFactory().stringNode(s));
    }

    private static Map<String, String> json() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json");
        return h;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String randomToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private String flip(String token) {
        char[] c = token.toCharArray();
        int i = random.nextInt(c.length);
        c[i] = c[i] == 'A' ? 'B' : 'A';
        return new String(c);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
