package org.jointfunding.gateway.clients;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(true, List.of("127.0.0.1", "10.0.0.0/8", "fd00::/8"));

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
        assertEquals("203.0.113.9", behindProxies.resolve("203.0.113.9", List.of("198.51.100.1")));
    }

    @Test
    void behindATrustedProxyTheClientIsWhatTheProxyAppended() {
        assertEquals("198.51.100.7", behindProxies.resolve("127.0.0.1", List.of("6.6.6.6, 198.51.100.7")));
        assertEquals("198.51.100.7", behindProxies.resolve("127.0.0.1", List.of("6.6.6.6", "198.51.100.7")));
    }

    @Test
    void innerTrustedProxiesAreSkipped() {
        assertEquals("198.51.100.7", behindProxies.resolve("127.0.0.1", List.of("6.6.6.6, 198.51.100.7, 10.1.2.3")));
        assertEquals("2001:db8::5", behindProxies.resolve("10.0.0.2", List.of("1.1.1.1, 2001:db8::5, fd12::1")));
    }

    @Test
    void aCidrRangeStopsAtItsPrefix() {
        ClientAddress narrow = new ClientAddress(true, List.of("192.168.4.0/23"));
        assertEquals("8.8.8.8", narrow.resolve("192.168.5.200", List.of("8.8.8.8")));
        assertEquals("192.168.6.1", narrow.resolve("192.168.6.1", List.of("8.8.8.8")));
    }

    @Test
    void withoutAForwardedChainOrWithOnlyProxiesInIt() {
        assertEquals("127.0.0.1", behindProxies.resolve("127.0.0.1", List.of()));
        assertEquals("10.0.0.9", behindProxies.resolve("127.0.0.1", List.of("10.0.0.9, 10.0.0.8")));
    }

    @Test
    void forwardingOffMeansThePeer() {
        assertEquals("127.0.0.1", new ClientAddress(false, List.of("127.0.0.1")).resolve("127.0.0.1", List.of("198.51.100.7")));
    }

    @Test
    void forwardingWithNoTrustedListTrustsEveryPeerAsQuarkusDoes() {
        assertEquals("6.6.6.6", new ClientAddress(true, List.of()).resolve("203.0.113.9", List.of("6.6.6.6, 198.51.100.7")));
    }

    @Test
    void aRangeWithAnImpossiblePrefixIsRefusedWhenConfigured() {
        assertThrows(IllegalArgumentException.class, () -> new AddressRanges(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new AddressRanges(List.of("fd00::/abc")));
        assertTrue(new AddressRanges(List.of("fd00::/128")).contains("fd00::"));
    }
}
