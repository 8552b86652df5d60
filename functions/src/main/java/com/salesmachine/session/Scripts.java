package com.salesmachine.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.salesmachine.session.upstash.LuaScript;

/**
 * The Lua scripts under resources/session. Each starts with {@code #!lua flags=allow-key-locking} and names every
 * key it touches in KEYS, so Upstash locks only those keys instead of running it under its global lock (Redis 7
 * itself refuses that flag: the local gateway handles it as Upstash does, see localstack/UpstashGateway).
 */
final class Scripts {

    private Scripts() {
    }

    static LuaScript load(String name) {
        try (InputStream in = Scripts.class.getResourceAsStream("/session/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing script " + name);
            }
            return new LuaScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
