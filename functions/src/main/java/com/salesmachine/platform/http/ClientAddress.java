package com.salesmachine.platform.http;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;

import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The client's address: the socket peer, or, when the peer is a trusted proxy, the address that proxy saw, read
 * from the RIGHT of {@code X-Forwarded-For} (every header line, in order): a proxy appends the address it took the
 * connection from, so what a client writes into the header itself stays on the left and is never believed. Entries
 * that are themselves trusted proxies are passed over (a chain of our own proxies); with {@code *} (any peer is the
 * platform's proxy: hosts reachable only through it, as on Railway) no address can be told apart as a proxy, so the
 * last entry is the one believed: one proxy hop.
 */
final class ClientAddress {

    private final Set<String> trustedProxies;

    ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    String of(ServerHttpRequest request) {
        String peer = peer(request);
        boolean anyPeer = trustedProxies.contains("*");
        if (!anyPeer && !trustedProxies.contains(peer)) {
            return peer;
        }
        // every line's comma-separated entries, in order, trimmed, empty ones dropped (Spring's own tokenizer)
        List<String> hops = request.getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!anyPeer && i > 0 && trustedProxies.contains(hop)) {
                continue;
            }
            return hop.length() <= 64 ? hop : peer;
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
