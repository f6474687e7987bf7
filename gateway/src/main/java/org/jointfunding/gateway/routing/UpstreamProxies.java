package org.jointfunding.gateway.routing;

import io.netty.channel.EventLoop;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.ContextInternal;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jointfunding.gateway.GatewayConfig;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One vertx-http-proxy instance per service and per event loop, each with its own keep-alive
 * pool, on the Vert.x that Quarkus runs. A request is proxied from the event loop that received
 * it, over connections owned by that loop: no hand-over between threads.
 */
@ApplicationScoped
public class UpstreamProxies {

    private static final Logger LOG = Logger.getLogger(UpstreamProxies.class);

    private final Vertx vertx;
    private final GatewayConfig.Proxy config;
    private final Map<String, URI> services;
    private final Map<EventLoop, Map<String, HttpProxy>> byEventLoop = new ConcurrentHashMap<>();
    private final List<HttpClient> clients = new ArrayList<>();
    private final boolean tracing;

    public UpstreamProxies(Vertx vertx, GatewayConfig config,
                           @ConfigProperty(name = "quarkus.otel.sdk.disabled") boolean tracingOff) {
        this.vertx = vertx;
        this.config = config.proxy();
        this.tracing = !tracingOff;
        this.services = new TreeMap<>();
        config.upstreams().forEach((name, upstream) -> services.put(name, upstream.url()));
    }

    /** Hands the request to the named service's proxy; the response is streamed back. */
    public void forward(String service, RoutingContext ctx) {
        EventLoop loop = ((ContextInternal) ctx.vertx().getOrCreateContext()).nettyEventLoop();
        HttpProxy proxy = byEventLoop.computeIfAbsent(loop, l -> createProxies()).get(service);
        proxy.handle(ctx.request());
    }

    private Map<String, HttpProxy> createProxies() {
        HttpClient client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setKeepAlive(true)
                        .setKeepAliveTimeout((int) Math.max(1, config.keepAliveTimeout().toSeconds()))
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setTcpNoDelay(true),
                new PoolOptions()
                        .setHttp1MaxSize(config.poolSizePerEventLoop())
                        .setMaxWaitQueueSize(config.maxWaitQueue()));
        synchronized (clients) {
            clients.add(client);
        }
        Map<String, HttpProxy> proxies = new ConcurrentHashMap<>();
        services.forEach((name, url) -> proxies.put(name, proxyTo(name, url, client)));
        return proxies;
    }

    private HttpProxy proxyTo(String service, URI url, HttpClient client) {
        int port = url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
        RequestOptions origin = new RequestOptions()
                .setHost(url.getHost())
                .setPort(port)
                .setSsl("https".equals(url.getScheme()))
                .setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.responseTimeout().toMillis());
        return HttpProxy.reverseProxy(new ProxyOptions(), client)
                .origin(context -> context.client().request(new RequestOptions(origin))
                        // a service refusing a body before reading it all (its 413) resets the stream being
                        // written; without a handler Vert.x logs an ERROR for each. Real failures reach UpstreamFailures.
                        .map(request -> request.exceptionHandler(failure -> LOG.debugf(
                                "%s %s -> %s: the request stream ended early (%s)", request.getMethod(), request.getURI(), service, failure)))
                        .recover(failure -> Future.failedFuture(new UpstreamFailures.UpstreamUnavailable(failure))))
                .addInterceptor(new ForwardedHeaders(tracing))
                .addInterceptor(new UpstreamFailures(service));
    }

    void close(@Observes ShutdownEvent event) {
        synchronized (clients) {
            clients.forEach(HttpClient::close);
        }
    }
}
