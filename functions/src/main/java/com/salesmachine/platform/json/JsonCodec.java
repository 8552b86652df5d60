package com.salesmachine.platform.json;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.platform.ApiException;

import com.salesmachine.contract.common.FieldIssue;

import java.util.List;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Strict JSON in, plain JSON out. Malformed JSON and wrong JSON types are 400; unknown fields, bad
 * enum values and unparseable ids or times are 422 naming the field — the split the contract asks for.
 */
public final class JsonCodec {

    private final JsonMapper mapper;

    public JsonCodec() {
        this.mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Collection, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .build();
    }

    public JsonMapper mapper() {
        return mapper;
    }

    /** Reads a request body that must be one JSON object, into the function's input type. */
    public <T> T readInput(byte[] body, Class<T> type) {
        refuseInvalidUtf8(body);
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JacksonException e) {
            throw new ApiException(ErrorCode.INVALID_REQUEST, "The request body is not valid JSON");
        }
        if (tree == null || tree.isMissingNode() || !tree.isObject()) {
            throw new ApiException(ErrorCode.INVALID_REQUEST, "The request body must be a JSON object");
        }
        refuseUnstorableText(tree, "");
        try {
            return mapper.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.validation(path(e), "unknown field");
        } catch (InvalidNullException e) {
            throw ApiException.validation(path(e), "must not be null");
        } catch (InvalidFormatException e) {
            Class<?> target = e.getTargetType();
            String issue = target != null && target.isEnum()
                    ? "must be one of " + enumValues(target)
                    : "has an invalid format";
            throw ApiException.validation(path(e), issue);
        } catch (tools.jackson.databind.exc.InvalidTypeIdException e) {
            throw ApiException.validation(path(e), "is not one of the accepted kinds");
        } catch (ValueInstantiationException e) {
            throw ApiException.validation(path(e), "has an invalid value");
        } catch (InputCoercionException e) {
            // a number outside the field's type (limit: 10^12): the JSON is fine, the value is not
            throw ApiException.validation(path(e), "is out of range");
        } catch (MismatchedInputException e) {
            throw new ApiException(ErrorCode.INVALID_REQUEST, "A value has the wrong JSON type",
                    List.of(new FieldIssue(path(e), "has the wrong JSON type")));
        } catch (StreamReadException | DatabindException e) {
            throw new ApiException(ErrorCode.INVALID_REQUEST, "The request body could not be read");
        }
    }

    /**
     * A body must be well-formed UTF-8 (RFC 8259): Jackson refuses most bad bytes but decodes overlong forms such as
     * {@code C0 AF} (an '/' in disguise), so the strict JDK decoder checks first. 400, nothing read.
     */
    private static void refuseInvalidUtf8(byte[] body) {
        if (!isUtf8(body)) {
            throw notUtf8();
        }
    }

    /** Strict UTF-8 (no overlong forms, no surrogates): what every transport checks on the bytes it received. */
    public static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    public static ApiException notUtf8() {
        return new ApiException(ErrorCode.INVALID_REQUEST, "The request body is not valid UTF-8");
    }

    /**
     * PostgreSQL text and jsonb cannot hold NUL, and UTF-8 cannot hold an unpaired surrogate (the driver would
     * store '?'): such a string anywhere in the body, names included, is 422 on its field instead of a 500 or
     * silently altered data.
     */
    private static void refuseUnstorableText(JsonNode node, String path) {
        if (node.isString()) {
            if (!storable(node.asString())) {
                throw ApiException.validation(path.isEmpty() ? "body" : path,
                        "contains a NUL character or an unpaired surrogate");
            }
        } else if (node.isObject()) {
            for (var property : node.properties()) {
                String field = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
                if (!storable(property.getKey())) {
                    throw ApiException.validation(path.isEmpty() ? "body" : path,
                            "has a field name with a NUL character or an unpaired surrogate");
                }
                refuseUnstorableText(property.getValue(), field);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseUnstorableText(node.get(i), path + "[" + i + "]");
            }
        }
    }

    private static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public byte[] write(Object value) {
        return mapper.writeValueAsBytes(value);
    }

    private static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.isEmpty() ? "body" : out.toString();
    }

    private String enumValues(Class<?> enumType) {
        StringBuilder out = new StringBuilder();
        for (Object constant : enumType.getEnumConstants()) {
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(mapper.writeValueAsString(constant).replace("\"", ""));
        }
        return out.toString();
    }
}
