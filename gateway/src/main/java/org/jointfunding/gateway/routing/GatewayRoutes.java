package org.jointfunding.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jointfunding.gateway.GatewayConfig;
import org.jointfunding.gateway.auth.AccessTokenVerifier;
import org.jointfunding.gateway.auth.EdgeAuthentication;
import org.jointfunding.gateway.clients.AddressRanges;
import org.jointfunding.gateway.clients.ClientAddress;
import org.jointfunding.gateway.endpoints.EndpointPatterns;
import org.jointfunding.gateway.headers.EdgeHeaders;
import org.jointfunding.gateway.headers.SecurityHeaders;
import org.jointfunding.gateway.limits.RequestLimits;
import org.jointfunding.gateway.openapi.MergedOpenApi;
import org.jointfunding.gateway.problem.Problem;
import org.jointfunding.gateway.ratelimit.RateLimitBuckets;
import org.jointfunding.gateway.ratelimit.RateLimiting;

import java.util.List;

/**
 * Puts the gateway's routes on Quarkus' own router. Every request passes the size limits first.
 * For {@code /api/<service>/**}: path guard, edge authentication, rate limiting, then the proxy; no body handler anywhere, so
 * bodies stream both ways. Request ids and security headers apply to every response, including
 * {@code /q/*}, static files and the merged OpenAPI. Anything else under {@code /api} is a 404
 * problem; {@code /q/*} and the static web client keep Quarkus' own handlers.
 */
@ApplicationScoped
public class GatewayRoutes {

    /** Before Quarkus' default routes, after its own first-in-line filters. */
    private static final int EVERY_REQUEST = Integer.MIN_VALUE + 100;
    /** The client address key (see {@link ClientAddress#keyOf}) every service receives; identity throttles sign-ins by it. */
    private static final CharSequence CLIENT_ADDRESS = HttpHeaders.createOptimized("X-Client-Address");

    private final GatewayConfig config;
    private final UpstreamProxies proxies;
    private final AccessTokenVerifier verifier;
    private final RateLimitBuckets buckets;
    private final MergedOpenApi openApi;

    public GatewayRoutes(GatewayConfig config, UpstreamProxies proxies, AccessTokenVerifier verifier,
                         RateLimitBuckets buckets, MergedOpenApi openApi) {
        this.config = config;
        this.proxies = proxies;
        this.verifier = verifier;
        this.buckets = buckets;
        this.openApi = openApi;
    }

    void register(@Observes Router router) {
        EdgeHeaders edgeHeaders = new EdgeHeaders(new SecurityHeaders(config.securityHeaders()));
        long maxBodySize = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
        RequestLimits limits = new RequestLimits(config.limits().maxUrlLength(), config.limits().maxHeaderSize(), maxBodySize);
        // one handler, not one each: every step through the router costs on every request
        router.route().order(EVERY_REQUEST).handler(ctx -> {
            edgeHeaders.applyTo(ctx); // first, so that a refusal carries the request id and security headers too
            limits.handle(ctx);
        });

        // health (it names the services that are down) and metrics are for operators, not the public
        ClientAddress clients = ClientAddress.of(ConfigProvider.getConfig());
        AddressRanges operators = new AddressRanges(config.operations().allowedClients());
        for (String path : List.of("/q/health*", "/q/metrics*")) {
            router.route(path).order(EVERY_REQUEST + 1).handler(ctx -> {
                if (operators.contains(clients.of(ctx.request()))) {
                    ctx.next();
                } else {
                    Problem.notFound("No service answers " + ctx.normalizedPath()).send(ctx);
                }
            });
        }

        PathGuard guard = new PathGuard();
        router.route("/internal/*").handler(guard);
        router.route("/api/*").handler(guard);

        EdgeAuthentication authentication = new EdgeAuthentication(verifier,
                EndpointPatterns.parse(config.auth().publicRoutes()));
        RateLimiting rateLimiting = config.rateLimit().enabled() ? new RateLimiting(buckets, clients, config.rateLimit()) : null;
        for (String service : config.upstreams().keySet()) {
            Route route = router.route("/api/" + service + "/*")
                    // the HTTP metrics' uri tag: one per service, not one per path (ids would make it unbounded);
                    // the services' own metrics have each endpoint's template
                    .setName("/api/" + service + "/:path");
            route.handler(ctx -> {
                ctx.request().pause(); // the proxy resumes it: no body byte is read before
                authentication.handle(ctx);
            });
            if (rateLimiting != null) {
                route.handler(rateLimiting);
            }
            route.handler(ctx -> {
                // who called, as the gateway resolved it; a value the client sent is replaced
                ctx.request().headers().set(CLIENT_ADDRESS, clients.keyOf(ctx.request()));
                proxies.forward(service, ctx);
            });
        }
        router.route("/api/*").handler(ctx -> Problem.notFound("No service answers " + ctx.normalizedPath()).send(ctx));

        router.route(HttpMethod.GET, "/openapi").handler(openApi::serve);
    }
}
