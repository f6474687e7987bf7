package org.jointfunding.gateway.headers;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import org.jointfunding.gateway.GatewayConfig;

/**
 * Adds the browser-hardening headers to every response, proxied ones included, unless the service
 * already chose a value. Written here rather than with {@code quarkus.http.header.*} because these
 * values must also reach proxied responses at the moment their headers are written, and HSTS is
 * switched on per environment by one typed property.
 */
public class SecurityHeaders implements Handler<RoutingContext> {

    private final GatewayConfig.SecurityHeaders config;

    public SecurityHeaders(GatewayConfig.SecurityHeaders config) {
        this.config = config;
    }

    @Override
    public void handle(RoutingContext ctx) {
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            setIfAbsent(headers, "X-Content-Type-Options", config.contentTypeOptions());
            setIfAbsent(headers, "Referrer-Policy", config.referrerPolicy());
            setIfAbsent(headers, "X-Frame-Options", config.frameOptions());
            setIfAbsent(headers, "Content-Security-Policy",
                    isWebClient(ctx.normalizedPath()) ? config.webClientContentSecurityPolicy() : config.contentSecurityPolicy());
            config.strictTransportSecurity().ifPresent(value -> setIfAbsent(headers, "Strict-Transport-Security", value));
        });
        ctx.next();
    }

    /** Everything but the API, the operators' endpoints and the API documents is the web client. */
    static boolean isWebClient(String path) {
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/") || path.equals("/q")
                || path.equals("/openapi") || path.startsWith("/internal"));
    }

    private static void setIfAbsent(MultiMap headers, String name, String value) {
        if (!value.isBlank() && !headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
