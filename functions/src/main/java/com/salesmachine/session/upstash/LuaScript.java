package com.salesmachine.session.upstash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** A Lua script run with {@code EVALSHA}; {@link #sha1()} is the digest Redis caches it under. */
public record LuaScript(String source) {

    public LuaScript {
        Objects.requireNonNull(source, "source");
    }

    /** Lower-case hex SHA-1 of the UTF-8 source, exactly as Redis computes it for {@code SCRIPT LOAD}. */
    public String sha1() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java runtime", e);
        }
    }
}
