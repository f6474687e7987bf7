package org.jointfunding.gateway;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jointfunding.gateway.clients.ClientAddress;
import org.jointfunding.gateway.ratelimit.InMemoryRateLimitBuckets;
import org.jointfunding.gateway.ratelimit.RateLimiting;
import org.jointfunding.gateway.ratelimit.RedisRateLimitBuckets;

import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;

/**
 * What another gateway replica does with a request, as far as rate limits go: the gateway's own
 * {@link RateLimiting} in front of a service that answers 200, over a {@link RedisRateLimitBuckets} of its
 * own (its own Lettuce connection), configured as the running gateway is.
 */
final class SecondReplica implements AutoCloseable {

    // a Vert.x of its own, as another process would have (and outside the gateway's HTTP metrics)
    private final Vertx vertx = Vertx.vertx();
    private final RedisRateLimitBuckets buckets;
    private final HttpServer server;

    SecondReplica(GatewayConfig config) {
        GatewayConfig.RateLimit limits = config.rateLimit();
        this.buckets = new RedisRateLimitBuckets(limits.redis(), new InMemoryRateLimitBuckets(limits), new SimpleMeterRegistry());
        Router router = Router.router(vertx);
        router.route("/api/*").handler(new RateLimiting(buckets, ClientAddress.of(ConfigProvider.getConfig()), limits))
                .handler(ctx -> ctx.json(new io.vertx.core.json.JsonObject().put("replica", 2)));
        this.server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** A request to this replica from {@code address} (behind the same trusted proxy as in the gateway's tests). */
    RequestSpecification from(String address) {
        return given().port(server.actualPort()).header("X-Forwarded-For", address);
    }

    @Override
    public void close() {
        buckets.close();
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }
}
