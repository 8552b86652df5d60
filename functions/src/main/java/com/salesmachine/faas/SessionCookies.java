package com.salesmachine.faas;

import java.time.Instant;

import com.salesmachine.platform.PlatformSettings;
import org.springframework.http.ResponseCookie;

/**
 * The session cookie as a {@code Set-Cookie} value for the response event's {@code cookies} array,
 * with the same attributes the HTTP transport writes (HttpOnly, SameSite=Lax, Path=/, Secure outside
 * local). The pipeline's value is {@code token;epochSecondsExpiry}, or empty to clear the cookie.
 */
final class SessionCookies {

    private final PlatformSettings settings;

    SessionCookies(PlatformSettings settings) {
        this.settings = settings;
    }

    String name() {
        return settings.cookieName();
    }

    String setCookie(String pipelineValue, Instant now) {
        ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(settings.cookieName())
                .httpOnly(true).secure(settings.secureCookies()).sameSite("Lax").path("/");
        if (pipelineValue.isEmpty()) {
            return cookie.value("").maxAge(0).build().toString();
        }
        int split = pipelineValue.lastIndexOf(';');
        long expiry = Long.parseLong(pipelineValue.substring(split + 1));
        long maxAge = Math.max(0, expiry - now.getEpochSecond());
        return cookie.value(pipelineValue.substring(0, split)).maxAge(maxAge).build().toString();
    }
}
