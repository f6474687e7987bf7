package org.jointfunding.gateway.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where the token buckets live, chosen by {@code gateway.rate-limit.store}: {@link InMemoryRateLimitBuckets}
 * (this process, right for one replica, the default) or {@link RedisRateLimitBuckets} (shared by every
 * replica). Another store can replace both with a bean of this type, for example backed by another
 * bucket4j {@code ProxyManager}.
 */
public interface RateLimitBuckets {

    /**
     * Takes one token from the bucket of {@code key}, created with {@code configuration} on first use.
     * Called on an event loop: a remote store answers asynchronously and never blocks. The stage never
     * fails: a store that cannot decide decides some other way (the Redis store: in memory), since a
     * rate-limit store being down must not turn requests into errors.
     */
    CompletionStage<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration);

    /** For the readiness check: what holds the buckets and whether it answers. */
    default CompletionStage<Status> status() {
        return CompletableFuture.completedFuture(new Status("memory", true, "buckets in this process; each replica counts on its own"));
    }

    /**
     * @param store     {@code memory} or {@code redis}
     * @param available whether the store answers (a memory store always does)
     * @param detail    where it is, or why it does not answer
     */
    record Status(String store, boolean available, String detail) {
    }
}
