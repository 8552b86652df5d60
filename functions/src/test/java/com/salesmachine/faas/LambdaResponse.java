package com.salesmachine.faas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** The API Gateway HTTP API (payload 2.0) response event the handler wrote. */
record LambdaResponse(int statusCode, Map<String, String> headers, List<String> cookies, String body, JsonNode raw) {

    static LambdaResponse parse(byte[] bytes) {
        JsonNode raw = LambdaEvent.JSON.readTree(bytes);
        Map<String, String> headers = new LinkedHashMap<>();
        raw.path("headers").properties().forEach(e -> headers.put(e.getKey(), e.getValue().asString()));
        List<String> cookies = new ArrayList<>();
        raw.path("cookies").forEach(c -> cookies.add(c.asString()));
        return new LambdaResponse(raw.path("statusCode").asInt(), headers, cookies, raw.path("body").asString(), raw);
    }

    JsonNode json() {
        return LambdaEvent.JSON.readTree(body);
    }

    String errorCode() {
        return json().path("error").path("code").asString();
    }

    String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** The value of the session cookie this response sets, or null. */
    String sessionCookieValue() {
        return cookies.stream().filter(c -> c.startsWith("sm_session="))
                .map(c -> c.substring("sm_session=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElse(null);
    }
}
