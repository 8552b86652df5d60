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
public record LuaScript(String source, String sha1) {

    public LuaScript {
        Objects.requireNonNull(source, "source");
        if (!digest(source).equals(sha1)) {
            throw new IllegalArgumentException("sha1 is not the digest of the source; use new LuaScript(source)");
        }
    }

    public LuaScript(String source) {
        this(source, digest(Objects.requireNonNull(source, "source")));
    }

    /** Lower-case hex SHA-1 of the UTF-8 source, exactly as Redis computes it for {@code SCRIPT LOAD}. */
    private static String digest(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java runtime", e);
        }
    }
}
