package org.jointfunding.gateway.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where the token buckets live. The default keeps them in this process' memory, which is right for
 * one gateway replica. For several replicas, provide another bean of this type backed by a
 * bucket4j {@code ProxyManager} (Redis, JCache, PostgreSQL...):
 * {@code proxyManager.builder().build(key, () -> configuration)} returns a {@link Bucket} too.
 */
public interface RateLimitBuckets {

    /** The bucket for {@code key}, created with {@code configuration} on first use. */
    Bucket bucket(String key, BucketConfiguration configuration);
}
