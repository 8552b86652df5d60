package com.salesmachine.session.upstash;

/** Redis answered with an error reply ({@code {"error": ...}}, HTTP 400), e.g. {@code WRONGTYPE} or {@code NOSCRIPT}. */
public class UpstashCommandException extends RuntimeException {

    public UpstashCommandException(String redisError) {
        super(redisError);
    }

    /** The Redis error text, e.g. {@code "NOSCRIPT No matching script. Please use EVAL."}. */
    public String redisError() {
        return getMessage();
    }
}
