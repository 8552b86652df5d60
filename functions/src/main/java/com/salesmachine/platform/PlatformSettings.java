package com.salesmachine.platform;

import java.net.InetSocketAddress;
import java.util.Set;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Transport settings: the SPA origins allowed to call with the cookie, how the cookie is written,
 * and which proxies may tell us the client address.
 *
 * @param trustedProxies addresses whose {@code X-Forwarded-For} is believed; {@code *} trusts any
 *                       (only for hosts reachable solely through the platform's proxy, as on Railway)
 */
public record PlatformSettings(Set<String> allowedOrigins, String cookieName, boolean secureCookies,
                               Set<String> trustedProxies) {

    public String clientIp(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
        if (forwarded != null && (trustedProxies.contains("*") || trustedProxies.contains(peer))) {
            String first = forwarded.split(",")[0].trim();
            if (!first.isEmpty() && first.length() <= 64) {
                return first;
            }
        }
        return peer;
    }
}
