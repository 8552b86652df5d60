package com.salesmachine.session.upstash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A Lua script run with {@code EVALSHA}; {@link #sha1()} is the digest Redis caches it under, computed once
 * (every authenticated call runs a script: hashing it per call was ~0.7% of an instance's CPU under load).
 */
public final class LuaScript {

    private final String source;
    private final String sha1;

    public LuaScript(String source) {
        this.source = Objects.requireNonNull(source, "source");
        this.sha1 = digest(source);
    }

    public String source() {
        return source;
    }

    /** Lower-case hex SHA-1 of the UTF-8 source, exactly as Redis computes it for {@code SCRIPT LOAD}. */
    public String sha1() {
        return sha1;
    }

    private static String digest(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LuaScript script && script.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return "LuaScript[sha1=" + sha1 + "]";
    }
}
