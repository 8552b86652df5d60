package com.salesmachine.reliability;

import java.util.Set;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.support.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer must look like (functions.md "Errors"): a 2xx is JSON; an error is
 * {@code {"error":{"code","message","details"?,"requestId"}}} with a code of the contract whose status is the
 * response's (405 with {@code Allow}: INVALID_REQUEST), and the request id also in {@code X-Request-Id}; every answer
 * carries {@code Cache-Control: no-store} and {@code X-Content-Type-Options: nosniff}; never a 5xx here.
 */
final class ContractAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ERROR_KEYS = Set.of("code", "message", "details", "requestId");

    private ContractAnswers() {
    }

    /** Null when the answer keeps the contract, else what is wrong with it. */
    static String problem(TestHttp.Response r) {
        return problem("POST", r);
    }

    /** As {@link #problem(TestHttp.Response)}, for an answer to this method ({@code HEAD}: no body at all). */
    static String problem(String method, TestHttp.Response r) {
        if (r.status() >= 500) {
            return "answered " + r.status();
        }
        if (r.status() < 200 || (r.status() >= 300 && r.status() < 400)) {
            return "unexpected status " + r.status();
        }
        String headers = headerProblem(r);
        if (headers != null) {
            return headers;
        }
        if (method.equals("HEAD")) {
            return r.body() == null || r.body().isEmpty() ? null : "a HEAD answer with a body";
        }
        if (r.status() == 204) {
            return null;
        }
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (RuntimeException e) {
            return "body is not JSON (status " + r.status() + ")";
        }
        if (r.status() < 300) {
            return null;
        }
        return errorProblem(r, body);
    }

    /** Every answer: its request id, and neither kept by a cache nor sniffed as another type (issue 14 item 6). */
    private static String headerProblem(TestHttp.Response r) {
        if (r.header("X-Request-Id") == null || r.header("X-Request-Id").isBlank()) {
            return "no X-Request-Id";
        }
        if (!"no-store".equals(r.header("Cache-Control"))) {
            return "Cache-Control is " + r.header("Cache-Control") + ", not no-store";
        }
        if (!"nosniff".equals(r.header("X-Content-Type-Options"))) {
            return "X-Content-Type-Options is " + r.header("X-Content-Type-Options") + ", not nosniff";
        }
        return null;
    }

    private static String errorProblem(TestHttp.Response r, JsonNode body) {
        String type = r.header("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return "error without application/json content type: " + type;
        }
        if (body == null || !body.isObject() || body.size() != 1 || !body.path("error").isObject()) {
            return "error body is not {\"error\":{...}}";
        }
        JsonNode error = body.path("error");
        for (String key : error.propertyNames()) {
            if (!ERROR_KEYS.contains(key)) {
                return "error has an unknown key " + key;
            }
        }
        if (!error.path("code").isString()) {
            return "error.code is not a string";
        }
        ErrorCode code;
        try {
            code = ErrorCode.valueOf(error.path("code").asString());
        } catch (IllegalArgumentException e) {
            return "error.code " + error.path("code").asString() + " is not a contract code";
        }
        boolean wrongMethod = r.status() == 405 && code == ErrorCode.INVALID_REQUEST && r.header("Allow") != null;
        if (code.status() != r.status() && !wrongMethod) {
            return "error.code " + code + " is " + code.status() + " but the status is " + r.status();
        }
        if (!error.path("message").isString() || error.path("message").asString().isBlank()) {
            return "error.message missing";
        }
        if (!error.path("requestId").isString() || !error.path("requestId").asString().equals(r.header("X-Request-Id"))) {
            return "error.requestId missing or not the X-Request-Id header";
        }
        if (error.has("details")) {
            if (!error.path("details").isArray()) {
                return "error.details is not an array";
            }
            for (JsonNode d : error.path("details")) {
                if (!d.path("field").isString() || !d.path("issue").isString()) {
                    return "error.details item is not {field, issue}";
                }
            }
        }
        return null;
    }
}
