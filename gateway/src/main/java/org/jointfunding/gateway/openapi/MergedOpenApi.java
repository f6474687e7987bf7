package org.jointfunding.gateway.openapi;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jointfunding.gateway.GatewayConfig;
import org.jointfunding.gateway.ServiceClient;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /openapi}: the services' documents (their {@code /q/openapi?format=json}) merged by
 * {@link OpenApiMerger}. A complete result is cached for {@code gateway.openapi.cache-ttl}; an
 * incomplete one (a service missing) for {@code gateway.openapi.incomplete-cache-ttl} only, so that
 * it heals soon while anonymous requests still cannot make the gateway ask every service each time.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

    private record Cached(JsonObject document, Instant expires) {
    }

    private record Fetched(String service, JsonObject document, String failure) {
    }

    private final ServiceClient services;
    private final GatewayConfig.OpenApi config;
    private final Clock clock;
    private volatile Cached cached;

    public MergedOpenApi(ServiceClient services, GatewayConfig config, Clock clock) {
        this.services = services;
        this.config = config.openapi();
        this.clock = clock;
    }

    public void serve(RoutingContext ctx) {
        document().onComplete(result -> {
            if (result.succeeded()) {
                ctx.response().putHeader("Content-Type", "application/json").end(result.result().toBuffer());
            } else {
                ctx.fail(result.cause());
            }
        });
    }

    public Future<JsonObject> document() {
        Cached current = cached;
        if (current != null && clock.instant().isBefore(current.expires())) {
            return Future.succeededFuture(current.document());
        }
        List<Future<Fetched>> fetches = new ArrayList<>();
        for (String service : services.services()) {
            fetches.add(services.get(service, "/q/openapi?format=json", config.fetchTimeout())
                    .map(answer -> answer.status() == 200
                            ? new Fetched(service, answer.body().toJsonObject(), null)
                            : new Fetched(service, null, "HTTP " + answer.status()))
                    .otherwise(failure -> new Fetched(service, null, String.valueOf(failure.getMessage()))));
        }
        return Future.join(new ArrayList<>(fetches)).map(done -> {
            Map<String, JsonObject> documents = new LinkedHashMap<>();
            List<String> unavailable = new ArrayList<>();
            for (Future<Fetched> fetch : fetches) {
                Fetched fetched = fetch.result();
                if (fetched.document() != null) {
                    documents.put(fetched.service(), fetched.document());
                } else {
                    unavailable.add(fetched.service());
                    LOG.warnf("OpenAPI document of %s unavailable: %s", fetched.service(), fetched.failure());
                }
            }
            JsonObject merged = OpenApiMerger.merge(config.title(), documents, unavailable);
            cached = new Cached(merged, clock.instant().plus(unavailable.isEmpty() ? config.cacheTtl() : config.incompleteCacheTtl()));
            return merged;
        });
    }
}
