package org.jointfunding.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jointfunding.gateway.ratelimit.RateLimitBuckets;

/**
 * Where the rate-limit buckets live and, for Redis, whether it answers. Always UP: without Redis the
 * gateway limits in each replica's memory and serves every request (degraded: each replica counts on its
 * own), and taking every replica out of rotation because of a shared Redis would stop the whole portal.
 * Operators watch the {@code redis} entry and {@code gateway_rate_limit_redis_available} instead.
 */
@Readiness
@ApplicationScoped
public class RateLimitReadiness implements AsyncHealthCheck {

    private final RateLimitBuckets buckets;

    public RateLimitReadiness(RateLimitBuckets buckets) {
        this.buckets = buckets;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().completionStage(buckets.status()).map(status -> {
            var builder = HealthCheckResponse.named("rate limits").up().withData("store", status.store());
            if ("memory".equals(status.store())) {
                builder.withData("counting", status.detail());
            } else {
                builder.withData(status.store(), status.available() ? "UP (" + status.detail() + ")" : "DOWN (" + status.detail() + ")")
                        .withData("counting", status.available() ? "shared by every replica" : "degraded: in each replica's memory until "
                                + status.store() + " answers");
            }
            return builder.build();
        });
    }
}
