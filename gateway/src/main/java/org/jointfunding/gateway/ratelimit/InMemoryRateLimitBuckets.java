package org.jointfunding.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;
import org.jointfunding.gateway.GatewayConfig;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Buckets in memory, bounded: a client unseen for longer than the longest window has a full
 * bucket anyway and is forgotten, and at most {@code max-tracked-clients} are kept. The default
 * store, and {@link RedisRateLimitBuckets}' fallback while Redis does not answer.
 */
public class InMemoryRateLimitBuckets implements RateLimitBuckets {

    private final Cache<String, Bucket> buckets;

    public InMemoryRateLimitBuckets(GatewayConfig.RateLimit limits) {
        this(limits.maxTrackedClients(), max(max(limits.anonymous().window(), limits.tokens().window()),
                max(limits.credentials().window(), limits.signedIn().window())));
    }

    /** At most {@code maxTrackedClients} buckets, each forgotten when unused for {@code longestWindow}. */
    public InMemoryRateLimitBuckets(long maxTrackedClients, Duration longestWindow) {
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxTrackedClients)
                .expireAfterAccess(longestWindow)
                // housekeeping on the calling event loop: the default hands it to the common pool,
                // a thread wake-up for every few hundred requests
                .executor(Runnable::run)
                .build();
    }

    @Override
    public CompletionStage<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration) {
        return CompletableFuture.completedFuture(consume(key, configuration));
    }

    /** {@link #tryConsume} without the stage. */
    ConsumptionProbe consume(String key, BucketConfiguration configuration) {
        return bucket(key, configuration).tryConsumeAndReturnRemaining(1);
    }

    private Bucket bucket(String key, BucketConfiguration configuration) {
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
