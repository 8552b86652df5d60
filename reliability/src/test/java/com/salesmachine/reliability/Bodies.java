package com.salesmachine.reliability;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Editing example bodies by dot path. */
final class Bodies {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Bodies() {
    }

    /** A copy of the body with the value at the dot path replaced (parents created as objects if missing). */
    static ObjectNode with(ObjectNode body, String path, JsonNode value) {
        ObjectNode copy = body.deepCopy();
        String[] parts = path.split("\\.");
        ObjectNode parent = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = parent.get(parts[i]);
            ObjectNode object;
            if (next instanceof ObjectNode existing) {
                object = existing;
            } else {
                object = JSON.createObjectNode();
                parent.set(parts[i], object);
            }
            parent = object;
        }
        parent.set(parts[parts.length - 1], value);
        return copy;
    }

    /** A copy without the value at the dot path. */
    static ObjectNode without(ObjectNode body, String path) {
        ObjectNode copy = body.deepCopy();
        String[] parts = path.split("\\.");
        JsonNode parent = copy;
        for (int i = 0; i < parts.length - 1 && parent != null; i++) {
            parent = parent.get(parts[i]);
        }
        if (parent instanceof ObjectNode object) {
            object.remove(parts[parts.length - 1]);
        }
        return copy;
    }

    static String text(JsonNode body) {
        return JSON.writeValueAsString(body);
    }

    static byte[] bytes(JsonNode body) {
        return text(body).getBytes(StandardCharsets.UTF_8);
    }
}
