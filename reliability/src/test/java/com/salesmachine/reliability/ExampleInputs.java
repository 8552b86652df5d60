package com.salesmachine.reliability;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.salesmachine.contract.FunctionSpec;
import com.salesmachine.platform.json.JsonCodec;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A valid input for any function of the catalogue, built by reflection from its input record (so a function added
 * later is covered): every field filled, integers at their {@code @Min}, enums at their first value, lists with
 * one element, ids taken from a {@link World} by kind. The few rules reflection cannot see (cross-field checks,
 * state machines) are in {@link #LEAVE_OUT}; which kind of id a field takes is {@link #idKind}.
 */
final class ExampleInputs {

    /** Optional fields left out of the example, per function, where filling them would break a cross-field rule. */
    static final Map<String, Set<String>> LEAVE_OUT = Map.ofEntries(
            Map.entry("previewTemplate", Set.of("body", "subject")), // exactly one of templateId and body
            // a draft cannot move to draft; transitions have their own tests
            Map.entry("updateCampaign", Set.of("status")),
            Map.entry("listProspects", Set.of("search", "cursor")),
            Map.entry("listReviewQueue", Set.of("cursor")),
            Map.entry("listMeetings", Set.of("cursor")),
            Map.entry("activityStream", Set.of("cursor")),
            // a selection is ids or a filter, never both (paths: nested fields are named with dots)
            Map.entry("bulkSetProspectStatus", Set.of("selection.filter")),
            Map.entry("bulkSetProspectVip", Set.of("selection.filter")),
            Map.entry("bulkAssignProspects", Set.of("selection.filter")),
            Map.entry("bulkDeleteProspects", Set.of("selection.filter")),
            Map.entry("exportProspects", Set.of("selection.filter", "cursor")));

    /**
     * Left-out subtrees that replace a filled field when a test sets a value inside them: a bulk selection takes
     * ids or a filter, so setting {@code selection.filter.campaignId} drops {@code selection.ids}.
     */
    static final Map<String, String> ALTERNATIVE_TO = Map.of("selection.filter", "selection.ids");

    /** {@link #of}, made ready to receive a value at {@code path} (its exclusive alternative removed). */
    static ObjectNode forPath(FunctionSpec function, Map<String, UUID> ids, String path) {
        ObjectNode example = of(function, ids);
        for (String leftOut : LEAVE_OUT.getOrDefault(function.name(), Set.of())) {
            String alternative = ALTERNATIVE_TO.get(leftOut);
            if (alternative != null && path.startsWith(leftOut + ".")) {
                int dot = alternative.lastIndexOf('.');
                JsonNode parent = dot < 0 ? example : example.at("/" + alternative.substring(0, dot).replace('.', '/'));
                if (parent instanceof ObjectNode object) {
                    object.remove(alternative.substring(dot + 1));
                }
            }
        }
        return example;
    }

    /** The kind of the id fields named {@code id}/{@code ids} where the function's name does not say it. */
    static final Map<String, String> ID_KIND_BY_FUNCTION = Map.ofEntries(
            Map.entry("approveMessage", World.REVIEW_ITEM),
            Map.entry("editMessage", World.REVIEW_ITEM),
            Map.entry("rejectMessage", World.REVIEW_ITEM),
            Map.entry("bulkApprove", World.REVIEW_ITEM),
            Map.entry("bulkReject", World.REVIEW_ITEM),
            Map.entry("bulkSetProspectStatus", World.PROSPECT),
            Map.entry("bulkSetProspectVip", World.PROSPECT),
            Map.entry("bulkAssignProspects", World.PROSPECT),
            Map.entry("bulkDeleteProspects", World.PROSPECT),
            Map.entry("exportProspects", World.PROSPECT),
            Map.entry("deleteSavedView", World.SAVED_VIEW),
            Map.entry("undoReviewDecision", World.DECIDED_REVIEW_ITEM));

    /** Thrown when a function has an id field this class cannot fill: the message names function and field. */
    static final class CannotFill extends IllegalStateException {
        CannotFill(String message) {
            super(message);
        }
    }

    private static final JsonMapper JSON = new JsonCodec().mapper();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private ExampleInputs() {
    }

    /** A fresh valid body for the function (unique e-mails and external ids each time), ids from these rows. */
    static ObjectNode of(FunctionSpec function, Map<String, UUID> ids) {
        return record(function.name(), function.input(), ids, "");
    }

    /**
     * One valid body per variant of a polymorphic input (e.g. saveOnboardingStep: one per step), else just
     * {@link #of}.
     */
    static List<ObjectNode> variants(FunctionSpec function, Map<String, UUID> ids) {
        List<ObjectNode> out = new ArrayList<>();
        for (RecordComponent c : function.input().getRecordComponents()) {
            Field field = field(function.input(), c.getName());
            JsonSubTypes subTypes = field.getAnnotation(JsonSubTypes.class);
            JsonTypeInfo info = field.getAnnotation(JsonTypeInfo.class);
            if (subTypes != null && info != null && !info.property().isEmpty()) {
                for (JsonSubTypes.Type type : subTypes.value()) {
                    ObjectNode body = of(function, ids);
                    body.set(jsonName(c), record(function.name(), type.value(), ids, jsonName(c) + "."));
                    body.put(info.property(), type.name());
                    out.add(body);
                }
                return out;
            }
        }
        out.add(of(function, ids));
        return out;
    }

    /** The JSON paths (dot-separated) of every id field of the function's input, nested records included. */
    static List<String> idPaths(FunctionSpec function) {
        List<String> out = new ArrayList<>();
        collectIdPaths(function.input(), "", out);
        return out;
    }

    /** Which kind of row an id field names: from the field name, else from the function name; or CannotFill. */
    static String idKind(String function, String path) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        if (field.endsWith("Id") && !field.equals("id")) {
            String kind = switch (field) {
                case "campaignId" -> World.CAMPAIGN;
                case "prospectId" -> World.PROSPECT;
                case "templateId" -> World.TEMPLATE;
                case "userId" -> World.USER;
                case "messageId" -> World.OUTBOUND_MESSAGE;
                case "meetingId" -> World.MEETING;
                case "reviewItemId" -> World.REVIEW_ITEM;
                default -> null;
            };
            if (kind != null) {
                return kind;
            }
        } else if (field.equals("id") || field.equals("ids")) {
            String kind = ID_KIND_BY_FUNCTION.get(function);
            if (kind != null) {
                return kind;
            }
            for (String candidate : List.of(World.CAMPAIGN, World.PROSPECT, World.MEETING, World.TEMPLATE)) {
                if (function.toLowerCase(Locale.ROOT).endsWith(candidate)) {
                    return candidate;
                }
            }
        }
        throw new CannotFill("Function " + function + " has an id field '" + path + "' whose kind the reliability tests"
                + " cannot tell: add it to ExampleInputs.idKind or ID_KIND_BY_FUNCTION");
    }

    private static ObjectNode record(String function, Class<?> type, Map<String, UUID> ids, String prefix) {
        ObjectNode node = JSON.createObjectNode();
        if (!type.isRecord()) {
            throw new IllegalStateException(function + ": input " + type.getName() + " is not a record");
        }
        Set<String> leaveOut = LEAVE_OUT.getOrDefault(function, Set.of());
        for (RecordComponent c : type.getRecordComponents()) {
            String name = jsonName(c);
            if (leaveOut.contains(prefix + name) || node.has(name)) {
                continue;
            }
            Field field = field(type, c.getName());
            JsonSubTypes subTypes = field.getAnnotation(JsonSubTypes.class);
            if (subTypes != null) {
                // polymorphic: the first subtype, named in the type property (e.g. saveOnboardingStep's step)
                JsonSubTypes.Type first = subTypes.value()[0];
                JsonTypeInfo info = field.getAnnotation(JsonTypeInfo.class);
                node.set(name, record(function, first.value(), ids, prefix + name + "."));
                if (info != null && !info.property().isEmpty()) {
                    node.put(info.property(), first.name());
                }
                continue;
            }
            JsonNode value = value(function, prefix + name, field, c.getGenericType(), ids);
            if (value != null) {
                node.set(name, value);
            }
        }
        return node;
    }

    private static JsonNode value(String function, String path, Field field, Type type, Map<String, UUID> ids) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        String name = path.substring(path.lastIndexOf('.') + 1);
        long n = SEQUENCE.incrementAndGet();
        if (raw == UUID.class) {
            return JSON.getNodeFactory().stringNode(id(function, path, ids).toString());
        }
        if (raw == String.class) {
            return JSON.getNodeFactory().stringNode(text(name, n, field));
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            Min min = field == null ? null : field.getAnnotation(Min.class);
            return JSON.getNodeFactory().numberNode(min != null ? Math.max(min.value(), 0) : 1);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return JSON.getNodeFactory().booleanNode(true);
        }
        if (raw == Instant.class) {
            return JSON.getNodeFactory().stringNode(name.startsWith("received") ? "2025-01-01T10:00:00Z" : "2030-01-01T10:00:00Z");
        }
        if (raw.isEnum()) {
            return JSON.valueToTree(raw.getEnumConstants()[0]);
        }
        if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
            ArrayNode array = JSON.createArrayNode();
            Type element = p.getActualTypeArguments()[0];
            Class<?> elementRaw = element instanceof ParameterizedType ep ? (Class<?>) ep.getRawType() : (Class<?>) element;
            if (elementRaw == UUID.class) {
                array.add(id(function, path, ids).toString());
            } else if (elementRaw == String.class) {
                array.add(text(name, n, null));
            } else {
                array.add(value(function, path, null, element, ids));
            }
            return array;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return JSON.createObjectNode().put("employees", 42).put("sector", "software");
        }
        if (raw.isRecord()) {
            return record(function, raw, ids, path + ".");
        }
        return null; // an untyped value this generator cannot invent is left out
    }

    private static UUID id(String function, String path, Map<String, UUID> ids) {
        String kind = idKind(function, path);
        UUID id = ids.get(kind);
        if (id == null) {
            throw new CannotFill("Function " + function + ": no " + kind + " id to fill '" + path + "'");
        }
        return id;
    }

    private static String text(String name, long n, Field field) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("password")) {
            return World.PASSWORD;
        }
        if (lower.equals("email")) {
            return "example-" + n + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        }
        if (lower.equals("timezone")) {
            return "Europe/Paris";
        }
        if (lower.endsWith("url") || lower.endsWith("link")) {
            return lower.startsWith("linkedin") ? "https://www.linkedin.com/in/example-" + n + "-"
                    + UUID.randomUUID().toString().substring(0, 8) : "https://meet.example/" + n;
        }
        if (lower.startsWith("external")) {
            return "ext-" + n + "-" + UUID.randomUUID();
        }
        if (lower.equals("usecase")) {
            return "initial_outreach";
        }
        if (lower.equals("body")) {
            return "Hello {{firstName}}";
        }
        if (lower.equals("sentiment")) {
            return "positive";
        }
        String value = "Example " + name + " " + n;
        Size size = field == null ? null : field.getAnnotation(Size.class);
        return size != null && value.length() > size.max() ? value.substring(0, size.max()) : value;
    }

    private static void collectIdPaths(Class<?> type, String prefix, List<String> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            String path = prefix + jsonName(c);
            Type t = c.getGenericType();
            if (t == UUID.class || (t instanceof ParameterizedType p && List.class.isAssignableFrom((Class<?>) p.getRawType())
                    && p.getActualTypeArguments()[0] == UUID.class)) {
                out.add(path);
            } else if (c.getType().isRecord()) {
                collectIdPaths(c.getType(), path + ".", out);
            }
        }
    }

    /** Whether the field must be sent (the request is invalid without it). */
    static boolean required(Field field) {
        return field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)
                || field.isAnnotationPresent(NotEmpty.class);
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jsonName(RecordComponent c) {
        JsonProperty property = c.getAccessor().getAnnotation(JsonProperty.class);
        if (property == null) {
            property = field(c.getDeclaringRecord(), c.getName()).getAnnotation(JsonProperty.class);
        }
        return property != null && !property.value().isEmpty() ? property.value() : c.getName();
    }
}
