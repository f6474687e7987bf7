package org.jointfunding.gateway.clients;

import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.config.Config;

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
        return resolve(request.connection().remoteAddress().hostAddress(), request.headers().getAll("X-Forwarded-For"));
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
