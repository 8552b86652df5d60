package com.salesmachine.platform.http;

import java.net.InetSocketAddress;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-address limits (login, signup, failed authentication) are only as good as the address: a client must not be
 * able to choose it by writing its own X-Forwarded-For, which a proxy keeps on the left of the one it appends.
 */
class ClientAddressTest {

    private static MockServerHttpRequest.BaseBuilder<?> from(String peer) {
        return MockServerHttpRequest.post("/me").remoteAddress(new InetSocketAddress(peer, 40000));
    }

    @Test
    void behindTheRailwayProxyTheAddressTheProxyAppendedIsBelievedNotTheClientsOwn() {
        ClientAddress railway = new ClientAddress(Set.of("*"));
        assertThat(railway.of(from("10.1.2.3").header("X-Forwarded-For", "203.0.113.9").build())).isEqualTo("203.0.113.9");
        // the client wrote "6.6.6.6" itself; the proxy appended what it saw
        assertThat(railway.of(from("10.1.2.3").header("X-Forwarded-For", "6.6.6.6, 203.0.113.9").build()))
                .isEqualTo("203.0.113.9");
        // a proxy that adds its own header line instead of appending (HAProxy's option forwardfor)
        assertThat(railway.of(from("10.1.2.3").header("X-Forwarded-For", "6.6.6.6").header("X-Forwarded-For", "203.0.113.9")
                .build())).isEqualTo("203.0.113.9");
        assertThat(railway.of(from("10.1.2.3").build())).as("no header: the peer").isEqualTo("10.1.2.3");
    }

    @Test
    void withNamedProxiesTheFirstAddressFromTheRightThatIsNotOneOfThemIsTheClient() {
        ClientAddress named = new ClientAddress(Set.of("127.0.0.1", "10.0.0.5"));
        assertThat(named.of(from("127.0.0.1").header("X-Forwarded-For", "6.6.6.6, 198.51.100.4, 10.0.0.5").build()))
                .isEqualTo("198.51.100.4");
        assertThat(named.of(from("127.0.0.1").header("X-Forwarded-For", "198.51.100.4").build())).isEqualTo("198.51.100.4");
        // a peer that is not a trusted proxy is the client, whatever it writes
        assertThat(named.of(from("192.0.2.77").header("X-Forwarded-For", "198.51.100.4").build())).isEqualTo("192.0.2.77");
        // an overlong entry is not an address: the peer
        assertThat(named.of(from("127.0.0.1").header("X-Forwarded-For", "x".repeat(65)).build())).isEqualTo("127.0.0.1");
    }

    @Test
    void noTrustedProxyMeansThePeerAlways() {
        ClientAddress none = new ClientAddress(Set.of());
        assertThat(none.of(from("192.0.2.8").header("X-Forwarded-For", "198.51.100.4").build())).isEqualTo("192.0.2.8");
    }
}
