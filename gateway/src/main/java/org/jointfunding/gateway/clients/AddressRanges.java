package org.jointfunding.gateway.clients;

import io.netty.util.NetUtil;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Addresses, CIDR ranges (IPv4 and IPv6) and host names (their addresses at start), as in {@code quarkus.http.proxy.trusted-proxies}. */
public final class AddressRanges {

    private record Range(byte[] network, int prefixBits) {
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

    private final List<Range> ranges = new ArrayList<>();

    public AddressRanges(List<String> entries) {
        for (String entry : entries) {
            ranges.addAll(parse(entry.trim()));
        }
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether {@code address}, an IP literal, is in one of the ranges; anything else is not. */
    public boolean contains(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address); // literals only: never a DNS lookup
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    /** A bad range is a configuration error, refused at start rather than failing every request. */
    private static int prefixBits(String entry, int slash, int maxBits) {
        try {
            int bits = Integer.parseInt(entry.substring(slash + 1));
            if (bits >= 0 && bits <= maxBits) {
                return bits;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Not an address range: " + entry + " (the prefix must be 0 to " + maxBits + ")");
    }

    private static List<Range> parse(String entry) {
        int slash = entry.indexOf('/');
        String host = slash < 0 ? entry : entry.substring(0, slash);
        byte[] literal = NetUtil.createByteArrayFromIpAddressString(host);
        if (literal != null) {
            return List.of(new Range(literal, slash < 0 ? literal.length * 8 : prefixBits(entry, slash, literal.length * 8)));
        }
        try {
            return Arrays.stream(InetAddress.getAllByName(host)).map(a -> new Range(a.getAddress(), a.getAddress().length * 8)).toList();
        } catch (UnknownHostException e) {
            return List.of();
        }
    }
}
