package org.jointfunding.gateway.headers;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import org.jointfunding.gateway.GatewayConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The browser-hardening headers every response gets, proxied ones included, unless the service
 * already chose a value. Written here rather than with {@code quarkus.http.header.*} because these
 * values must also reach proxied responses at the moment their headers are written, and HSTS is
 * switched on per environment by one typed property. Names and values are encoded once, not on
 * every response.
 */
public class SecurityHeaders {

    private record Header(CharSequence name, CharSequence value) {
        static void addTo(List<Header> headers, String name, String value) {
            if (!value.isBlank()) {
                headers.add(new Header(HttpHeaders.createOptimized(name), HttpHeaders.createOptimized(value)));
            }
        }
    }

    private final List<Header> api = new ArrayList<>();
    private final List<Header> webClient = new ArrayList<>();

    public SecurityHeaders(GatewayConfig.SecurityHeaders config) {
        for (List<Header> headers : List.of(api, webClient)) {
            Header.addTo(headers, "X-Content-Type-Options", config.contentTypeOptions());
            Header.addTo(headers, "Referrer-Policy", config.referrerPolicy());
            Header.addTo(headers, "X-Frame-Options", config.frameOptions());
            config.strictTransportSecurity().ifPresent(value -> Header.addTo(headers, "Strict-Transport-Security", value));
        }
        Header.addTo(api, "Content-Security-Policy", config.contentSecurityPolicy());
        Header.addTo(webClient, "Content-Security-Policy", config.webClientContentSecurityPolicy());
    }

    /** Sets each header the response does not have yet; {@code path} (normalized) tells the web client's policy from the API's. */
    public void addTo(MultiMap responseHeaders, String path) {
        for (Header header : isWebClient(path) ? webClient : api) {
            if (!responseHeaders.contains(header.name())) {
                responseHeaders.set(header.name(), header.value());
            }
        }
    }

    /** Everything but the API, the operators' endpoints and the API documents is the web client. */
    private static boolean isWebClient(String path) {
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/") || path.equals("/q")
                || path.equals("/openapi") || path.startsWith("/internal"));
    }
}
