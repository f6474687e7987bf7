package org.jointfunding.gateway.headers;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import org.jointfunding.gateway.requestid.RequestIds;

/**
 * What every exchange carries out of the gateway, its own answers and proxied ones alike: the
 * request id and the security headers, written by one callback as the response's headers go out.
 */
public class EdgeHeaders {

    private final SecurityHeaders securityHeaders;

    public EdgeHeaders(SecurityHeaders securityHeaders) {
        this.securityHeaders = securityHeaders;
    }

    /** Assigns the request id and arranges for the response headers; call before anything can answer. */
    public void applyTo(RoutingContext ctx) {
        String id = RequestIds.assign(ctx);
        ctx.addHeadersEndHandler(v -> {
            MultiMap headers = ctx.response().headers();
            // set (not add) at the last moment: a service echoing the header must not duplicate it
            headers.set(RequestIds.HEADER, id);
            securityHeaders.addTo(headers, ctx.normalizedPath());
        });
    }
}
