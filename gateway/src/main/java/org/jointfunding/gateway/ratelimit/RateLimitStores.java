package org.jointfunding.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jointfunding.gateway.GatewayConfig;

/**
 * The {@link RateLimitBuckets} that {@code gateway.rate-limit.store} names: {@code memory} (default) or
 * {@code redis}. A singleton, made when the routes are registered at start, so a Redis store connects
 * then and not on an event loop. A {@link DefaultBean}: another bean of the type replaces it.
 */
@ApplicationScoped
public class RateLimitStores {

    @Produces
    @Singleton
    @DefaultBean
    RateLimitBuckets buckets(GatewayConfig config, MeterRegistry meters) {
        GatewayConfig.RateLimit limits = config.rateLimit();
        InMemoryRateLimitBuckets memory = new InMemoryRateLimitBuckets(limits);
        if (!limits.enabled()) {
            return memory; // nothing asks it; no connection to a Redis for nothing
        }
        return switch (limits.store()) {
            case MEMORY -> memory;
            case REDIS -> new RedisRateLimitBuckets(limits.redis(), memory, meters);
        };
    }

    void close(@Disposes RateLimitBuckets buckets) throws Exception {
        if (buckets instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
