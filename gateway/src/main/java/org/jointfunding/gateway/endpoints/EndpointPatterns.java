package org.jointfunding.gateway.endpoints;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A configured list of endpoints such as {@code GET /api/funding/calls/*}: a method (or {@code *}
 * for any) and a path where {@code *} stands for exactly one path segment.
 */
public final class EndpointPatterns {

    private record Endpoint(String method, Pattern path) {
        boolean matches(String requestMethod, String requestPath) {
            return (method.equals("*") || method.equals(requestMethod)) && path.matcher(requestPath).matches();
        }
    }

    private final List<Endpoint> endpoints;

    private EndpointPatterns(List<Endpoint> endpoints) {
        this.endpoints = endpoints;
    }

    public static EndpointPatterns parse(List<String> specs) {
        return new EndpointPatterns(specs.stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(EndpointPatterns::endpoint).toList());
    }

    public boolean matches(String method, String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (Endpoint endpoint : endpoints) {
            if (endpoint.matches(method, trimmed)) {
                return true;
            }
        }
        return false;
    }

    private static Endpoint endpoint(String spec) {
        String[] parts = spec.split("\\s+");
        if (parts.length != 2 || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("Expected 'METHOD /path' but got '" + spec + "'");
        }
        StringBuilder regex = new StringBuilder();
        for (String segment : parts[1].substring(1).split("/", -1)) {
            regex.append('/').append(segment.equals("*") ? "[^/]+" : Pattern.quote(segment));
        }
        return new Endpoint(parts[0].toUpperCase(Locale.ROOT), Pattern.compile(regex.toString()));
    }
}
