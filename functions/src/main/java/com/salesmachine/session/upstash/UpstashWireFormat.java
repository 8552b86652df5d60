package com.salesmachine.session.upstash;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** JSON in and out of the Upstash REST API: command arrays out, {@code {"result"}/{"error"}} objects back. */
final class UpstashWireFormat {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final boolean base64;

    UpstashWireFormat(boolean base64) {
        this.base64 = base64;
    }

    byte[] command(Object[] args) {
        if (args == null || args.length == 0) {
            throw new IllegalArgumentException("A Redis command needs at least its name");
        }
        return JSON.writeValueAsBytes(jsonArgs(List.of(args)));
    }

    byte[] commands(List<List<Object>> commands) {
        if (commands == null || commands.isEmpty()) {
            throw new IllegalArgumentException("A pipeline needs at least one command");
        }
        List<List<Object>> body = new ArrayList<>(commands.size());
        for (List<Object> command : commands) {
            if (command == null || command.isEmpty()) {
                throw new IllegalArgumentException("A Redis command needs at least its name");
            }
            body.add(jsonArgs(command));
        }
        return JSON.writeValueAsBytes(body);
    }

    /** Body of a single-command reply, {@code {"result": x}} or {@code {"error": "..."}}. */
    UpstashResult single(byte[] body) {
        return item(parse(body));
    }

    /** Body of a pipeline or multi-exec reply: an array of {@code {"result"}/{"error"}} objects. */
    List<UpstashResult> many(byte[] body, int expected) {
        if (!(parse(body) instanceof List<?> items)) {
            throw new UpstashUnavailableException("Upstash answered a pipeline with something other than an array");
        }
        if (items.size() != expected) {
            throw new UpstashUnavailableException(
                    "Upstash answered " + items.size() + " results for " + expected + " commands");
        }
        List<UpstashResult> results = new ArrayList<>(items.size());
        for (Object item : items) {
            results.add(item(item));
        }
        return List.copyOf(results);
    }

    /** The {@code error} text of an error body, or {@code null} if the body is not one. */
    static String errorOf(byte[] body) {
        try {
            if (JSON.readValue(body, Object.class) instanceof Map<?, ?> map && map.get("error") instanceof String error) {
                return error;
            }
        } catch (JacksonException e) {
            // not JSON: no Redis error to report
        }
        return null;
    }

    private UpstashResult item(Object item) {
        if (!(item instanceof Map<?, ?> map)) {
            throw new UpstashUnavailableException("Upstash answered something other than {\"result\"} or {\"error\"}");
        }
        if (map.get("error") instanceof String error) {
            return new UpstashResult(null, error);
        }
        if (!map.containsKey("result")) {
            throw new UpstashUnavailableException("Upstash answer has neither result nor error");
        }
        return new UpstashResult(value(map.get("result")), null);
    }

    private static Object parse(byte[] body) {
        try {
            return JSON.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw new UpstashUnavailableException("Upstash answered with unreadable JSON", e);
        }
    }

    /** null | Long | String | List<Object>; base64 strings decoded except the status reply "OK". */
    private Object value(Object json) {
        return switch (json) {
            case null -> null;
            case String s -> base64 && !"OK".equals(s) ? decode(s) : s;
            case Integer i -> i.longValue();
            case Long l -> l;
            case BigInteger b -> b.longValueExact();
            case List<?> list -> {
                List<Object> values = new ArrayList<>(list.size());
                for (Object element : list) {
                    values.add(value(element));
                }
                yield java.util.Collections.unmodifiableList(values);
            }
            default -> json; // doubles or booleans: Redis does not send them over RESP2, keep as parsed
        };
    }

    private static String decode(String base64Text) {
        try {
            return new String(Base64.getDecoder().decode(base64Text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new UpstashUnavailableException("Upstash answered a string that is not base64 in base64 mode", e);
        }
    }

    private static List<Object> jsonArgs(List<?> args) {
        List<Object> json = new ArrayList<>(args.size());
        for (Object arg : args) {
            json.add(switch (arg) {
                case null -> throw new IllegalArgumentException("Redis command arguments cannot be null");
                case CharSequence text -> text.toString();
                case Number number -> number;
                case byte[] bytes -> utf8(bytes);
                default -> throw new IllegalArgumentException(
                        "Redis command arguments are String, Number or byte[], not " + arg.getClass().getName());
            });
        }
        return json;
    }

    /** JSON carries text only, so byte arguments must be valid UTF-8. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("byte[] arguments must be UTF-8 text for the Upstash REST API", e);
        }
    }
}
