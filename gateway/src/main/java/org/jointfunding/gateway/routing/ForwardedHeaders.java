package org.jointfunding.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the service who really called: appends the immediate peer to {@code X-Forwarded-For}
 * (like nginx's {@code $proxy_add_x_forwarded_for}) and sets {@code X-Forwarded-Proto} and
 * {@code X-Forwarded-Host}; the proxy library adds none of these itself. The caller's
 * {@code Host} is kept, so absolute URIs a service builds (a {@code Location} after a create)
 * point at the gateway, not at the service's private address.
 * <p>
 * A caller's W3C trace context ({@code traceparent}, {@code tracestate}) passes unchanged, unless
 * the gateway traces too: then its client span writes them anew (same trace, the gateway's span as
 * parent), and the caller's copies are dropped so the service sees one {@code traceparent}.
 */
class ForwardedHeaders implements ProxyInterceptor {

    private static final CharSequence FOR = HttpHeaders.createOptimized("X-Forwarded-For");
    private static final CharSequence PROTO = HttpHeaders.createOptimized("X-Forwarded-Proto");
    private static final CharSequence HOST = HttpHeaders.createOptimized("X-Forwarded-Host");

    private final boolean gatewayTraces;

    ForwardedHeaders(boolean gatewayTraces) {
        this.gatewayTraces = gatewayTraces;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        if (gatewayTraces) {
            request.headers().remove("traceparent").remove("tracestate");
        }
        HttpServerRequest incoming = request.proxiedRequest();
        String peer = incoming.connection().remoteAddress().hostAddress();
        String chain = request.headers().get(FOR);
        request.putHeader(FOR, chain == null || chain.isBlank() ? peer : chain + ", " + peer);
        request.putHeader(PROTO, incoming.scheme());
        if (incoming.authority() != null) {
            request.setAuthority(incoming.authority());
            request.putHeader(HOST, incoming.authority().toString());
        }
        return context.sendRequest();
    }
}
