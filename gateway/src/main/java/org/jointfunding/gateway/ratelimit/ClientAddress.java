package org.jointfunding.gateway.ratelimit;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.config.Config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The address a per-address limit counts: the TCP peer or, when the peer is a trusted proxy, the
 * right-most {@code X-Forwarded-For} entry that is not itself a trusted proxy. Each trusted proxy
 * appends the peer it saw; everything left of that may have been written by the client, so the
 * left-most entry (what Quarkus' forwarded-address support reports) is a client's free choice
 * behind a load balancer that appends.
 */
public final class ClientAddress {

    /** An address range from {@code quarkus.http.proxy.trusted-proxies}: an address, a CIDR range or a host name's addresses. */
    record Range(byte[] network, int prefixBits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefixBits / 8;
            if (!Arrays.equals(address, 0, full, network, 0, full)) {
                return false;
            }
            int rest = prefixBits % 8;
            return rest == 0 || ((address[full] ^ network[full]) & (0xFF << (8 - rest)) & 0xFF) == 0;
        }
    }

    private final boolean forwarding;
    private final List<Range> trusted;

    ClientAddress(boolean forwarding, List<String> trustedProxies) {
        this.forwarding = forwarding;
        this.trusted = new ArrayList<>();
        for (String entry : trustedProxies) {
            trusted.addAll(ranges(entry.trim()));
        }
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
        if (!forwarding || !(trusted.isEmpty() || isTrusted(peer))) {
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
            if (!isTrusted(chain.get(i))) {
                return chain.get(i);
            }
        }
        return chain.get(0);
    }

    private boolean isTrusted(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address); // literals only: never a DNS lookup
        return bytes != null && trusted.stream().anyMatch(range -> range.contains(bytes));
    }

    private static List<Range> ranges(String entry) {
        int slash = entry.indexOf('/');
        String host = slash < 0 ? entry : entry.substring(0, slash);
        byte[] literal = NetUtil.createByteArrayFromIpAddressString(host);
        if (literal != null) {
            return List.of(new Range(literal, slash < 0 ? literal.length * 8 : Integer.parseInt(entry.substring(slash + 1))));
        }
        try { // a host name: its addresses now, as Quarkus resolves it
            return Arrays.stream(InetAddress.getAllByName(host)).map(a -> new Range(a.getAddress(), a.getAddress().length * 8)).toList();
        } catch (UnknownHostException e) {
            return List.of();
        }
    }
}
