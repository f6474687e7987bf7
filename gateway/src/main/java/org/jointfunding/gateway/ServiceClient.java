package org.jointfunding.gateway;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gateway's own small calls to the services (readiness, OpenAPI documents), on a client
 * separate from the proxy's pools.
 */
@ApplicationScoped
public class ServiceClient {

    /** What a service answered. */
    public record Answer(int status, Buffer body) {
    }

    private final HttpClient client;
    private final Map<String, URI> services = new TreeMap<>();

    public ServiceClient(Vertx vertx, GatewayConfig config) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                .setConnectTimeout((int) config.proxy().connectTimeout().toMillis()));
        config.upstreams().forEach((name, upstream) -> services.put(name, upstream.url()));
    }

    /** The configured service names, sorted. */
    public Iterable<String> services() {
        return services.keySet();
    }

    public Future<Answer> get(String service, String path, Duration timeout) {
        URI base = services.get(service);
        String absolute = base.toString().replaceAll("/+$", "") + path;
        return client.request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(absolute)
                        .putHeader("Accept", "application/json").setIdleTimeout(timeout.toMillis())
                        .setConnectTimeout(timeout.toMillis()))
                .compose(request -> request.send().compose(response -> response.body()
                        .map(body -> new Answer(response.statusCode(), body))));
    }

    void close(@Observes ShutdownEvent event) {
        client.close();
    }
}
