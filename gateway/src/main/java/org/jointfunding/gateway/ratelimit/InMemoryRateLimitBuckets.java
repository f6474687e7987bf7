package org.jointfunding.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.gateway.GatewayConfig;

import java.time.Duration;

/**
 * Buckets in memory, bounded: a client unseen for longer than the longest window has a full
 * bucket anyway and is forgotten, and at most {@code max-tracked-clients} are kept.
 */
@DefaultBean
@ApplicationScoped
public class InMemoryRateLimitBuckets implements RateLimitBuckets {

    private final Cache<String, Bucket> buckets;

    public InMemoryRateLimitBuckets(GatewayConfig config) {
        GatewayConfig.RateLimit limits = config.rateLimit();
        Duration longest = max(limits.anonymous().window(), max(limits.credentials().window(), limits.signedIn().window()));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(limits.maxTrackedClients())
                .expireAfterAccess(longest)
                // housekeeping on the calling event loop: the default hands it to the common pool,
                // a thread wake-up for every few hundred requests
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Bucket bucket(String key, BucketConfiguration configuration) {
        return buckets.get(key, k -> {
            LocalBucketBuilder builder = Bucket.builder();
            for (Bandwidth bandwidth : configuration.getBandwidths()) {
                builder.addLimit(bandwidth);
            }
            return builder.build();
        });
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
