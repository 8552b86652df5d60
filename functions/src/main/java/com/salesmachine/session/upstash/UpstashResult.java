package com.salesmachine.session.upstash;

/**
 * One command's outcome inside a pipeline or transaction: either a result
 * ({@code null}, {@link Long}, {@link String} or a nested {@code List<Object>}) or a Redis error message.
 */
public record UpstashResult(Object result, String error) {

    public boolean isError() {
        return error != null;
    }
}
