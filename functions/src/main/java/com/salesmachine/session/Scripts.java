package com.salesmachine.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.salesmachine.session.upstash.LuaScript;

/** The Lua scripts under resources/session, kept 6.2-compatible (the local Redis is 6.2). */
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
