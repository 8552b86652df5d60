package com.salesmachine.session.upstash;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach Upstash's REST API.
 *
 * @param url     base URL, e.g. {@code https://eu1-xyz.upstash.io} (a trailing slash is dropped)
 * @param token   the REST token, sent as {@code Authorization: Bearer <token>}
 * @param timeout whole-call timeout (connect, write, wait, read); about 2 s in production
 * @param base64  ask for {@code Upstash-Encoding: base64} results (decoded transparently)
 */
public record UpstashSettings(String url, String token, Duration timeout, boolean base64) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    public UpstashSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
        if (url.isBlank()) {
            throw new IllegalArgumentException("Upstash url is blank");
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Upstash timeout must be positive: " + timeout);
        }
    }

    /** Production defaults: 2 s timeout, plain (non-base64) results. */
    public static UpstashSettings of(String url, String token) {
        return new UpstashSettings(url, token, DEFAULT_TIMEOUT, false);
    }

    /** Never print the token. */
    @Override
    public String toString() {
        return "UpstashSettings[url=" + url + ", token=***, timeout=" + timeout + ", base64=" + base64 + "]";
    }
}
