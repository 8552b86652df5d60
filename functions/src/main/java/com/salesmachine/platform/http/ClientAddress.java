package com.salesmachine.platform.http;

import java.net.InetSocketAddress;
import java.util.Set;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The client's address: the socket peer, or the first {@code X-Forwarded-For} hop when the peer is a trusted proxy
 * ({@code *} trusts any: only for hosts reachable solely through the platform's proxy, as on Railway).
 */
final class ClientAddress {

    private final Set<String> trustedProxies;

    ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    String of(ServerHttpRequest request) {
        String peer = peer(request);
        String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
        if (forwarded != null && (trustedProxies.contains("*") || trustedProxies.contains(peer))) {
            String first = forwarded.split(",")[0].trim();
            if (!first.isEmpty() && first.length() <= 64) {
                return first;
            }
        }
        return peer;
    }

    /** Made on this host: a loopback peer, and no proxy in between (no forwarding header at all). */
    boolean isInternal(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress()
                && !request.getHeaders().containsHeader("X-Forwarded-For")
                && !request.getHeaders().containsHeader("Forwarded");
    }

    private static String peer(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
