package org.jointfunding.gateway.clients;

import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.config.Config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a request comes from: the TCP peer or, when the peer is a trusted proxy, the right-most
 * {@code X-Forwarded-For} entry that is not itself a trusted proxy. Each trusted proxy appends the
 * peer it saw; everything left of that may have been written by the client, so the left-most entry
 * (what Quarkus' forwarded-address support reports) is a client's free choice behind a load
 * balancer that appends.
 */
public final class ClientAddress {

    private final boolean forwarding;
    private final AddressRanges trusted;

    ClientAddress(boolean forwarding, List<String> trustedProxies) {
        this.forwarding = forwarding;
        this.trusted = new AddressRanges(trustedProxies);
    }

    /** As Quarkus is configured: {@code quarkus.http.proxy.proxy-address-forwarding}, {@code allow-x-forwarded}, {@code trusted-proxies}. */
    public static ClientAddress of(Config config) {
        boolean forwarding = config.getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class).orElse(false)
                && config.getOptionalValue("quarkus.http.proxy.allow-x-forwarded", Boolean.class).orElse(false);
        return new ClientAddress(forwarding, config.getOptionalValues("quarkus.http.proxy.trusted-proxies", String.class).orElse(List.of()));
    }

    public String of(HttpServerRequest request) {
        String peer = request.connection().remoteAddress().hostAddress();
        return forwarding ? resolve(peer, request.headers().getAll("X-Forwarded-For")) : peer;
    }

    /**
     * The key one client is known by (rate limits, and identity's sign-in throttle through
     * {@code X-Client-Address}): the resolved address, an IPv6 one cut to its /64.
     */
    public String keyOf(HttpServerRequest request) {
        return key(of(request));
    }

    /** An IPv4 address as it is; an IPv6 one as its /64 ("2001:db8:1:2::/64"), since a subscriber gets a whole /64 to choose from. */
    static String key(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address.replaceAll("^\\[|\\]$|%.*$", "")).getAddress();
            if (bytes.length != 16) {
                return address; // an IPv4-mapped address comes back as IPv4
            }
            return String.format("%x:%x:%x:%x::/64", ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff),
                    ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff), ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff),
                    ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff));
        } catch (UnknownHostException e) {
            return address; // not an address literal: keyed as written
        }
    }

    String resolve(String peer, List<String> forwardedForHeaders) {
        if (!forwarding || !(trusted.isEmpty() || trusted.contains(peer))) {
            return peer;
        }
        List<String> chain = new ArrayList<>();
        for (String header : forwardedForHeaders) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    chain.add(hop.trim());
                }
            }
        }
        if (chain.isEmpty()) {
            return peer;
        }
        if (trusted.isEmpty()) { // forwarding with no list trusts every peer, as Quarkus does: nothing to go by
            return chain.get(0);
        }
        for (int i = chain.size() - 1; i > 0; i--) {
            if (!trusted.contains(chain.get(i))) {
                return chain.get(i);
            }
        }
        return chain.get(0);
    }
}
