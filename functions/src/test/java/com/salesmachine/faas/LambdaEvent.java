package com.salesmachine.faas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An API Gateway HTTP API (payload 2.0) event, read from a recorded fixture under
 * {@code src/test/resources/aws/} and adjusted for one call (path, method, body, headers, cookies, address).
 */
final class LambdaEvent {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode event;

    private LambdaEvent(ObjectNode event) {
        this.event = event;
    }

    static LambdaEvent fixture(String name) {
        try (InputStream in = LambdaEvent.class.getResourceAsStream("/aws/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture aws/" + name);
            }
            return new LambdaEvent((ObjectNode) JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code POST /{function}} through the {@code ANY /{proxy+}} route, JSON body. */
    static LambdaEvent post(String function, String body) {
        return fixture("post-function.json").path(function).body(body);
    }

    static LambdaEvent health() {
        return fixture("get-health.json");
    }

    LambdaEvent path(String function) {
        event.put("rawPath", "/" + function);
        http().put("path", "/" + function);
        ((ObjectNode) event.get("pathParameters")).put("proxy", function);
        return this;
    }

    LambdaEvent method(String method) {
        http().put("method", method);
        return this;
    }

    LambdaEvent body(String body) {
        event.put("body", body);
        event.put("isBase64Encoded", false);
        headers().put("content-length", String.valueOf(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        return this;
    }

    /** No body at all, as API Gateway sends a request without one. */
    LambdaEvent withoutBody() {
        event.remove("body");
        event.put("isBase64Encoded", false);
        headers().remove("content-length");
        return this;
    }

    LambdaEvent base64Body(byte[] body) {
        event.put("body", Base64.getEncoder().encodeToString(body));
        event.put("isBase64Encoded", true);
        return this;
    }

    LambdaEvent header(String name, String value) {
        headers().put(name.toLowerCase(java.util.Locale.ROOT), value);
        return this;
    }

    LambdaEvent withoutHeader(String name) {
        headers().remove(name.toLowerCase(java.util.Locale.ROOT));
        return this;
    }

    LambdaEvent bearer(String token) {
        return header("authorization", "Bearer " + token);
    }

    /** API Gateway v2 moves the request's {@code Cookie} header into this array. */
    LambdaEvent cookies(List<String> cookies) {
        ArrayNode array = event.putArray("cookies");
        cookies.forEach(array::add);
        return this;
    }

    LambdaEvent sourceIp(String ip) {
        http().put("sourceIp", ip);
        headers().put("x-forwarded-for", ip);
        return this;
    }

    byte[] bytes() {
        return JSON.writeValueAsBytes(event);
    }

    private ObjectNode headers() {
        return (ObjectNode) event.get("headers");
    }

    private ObjectNode http() {
        return (ObjectNode) event.get("requestContext").get("http");
    }
}
