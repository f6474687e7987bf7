package org.jointfunding.gateway.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.metrics.CommandLatencyRecorder;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.lettuce.core.resource.DefaultClientResources;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;
import org.jointfunding.gateway.GatewayConfig;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Buckets in Redis, shared by every gateway replica that uses the same Redis and key prefix: bucket4j's
 * compare-and-swap proxy manager over Lettuce ({@code Bucket4jLettuce.casBasedBuilder}), asynchronous so
 * the event loop never waits. Each key is {@code <key-prefix><bucket>:<limit>:<client>} and expires once
 * its bucket would be full again (plus {@link #KEEP_AFTER_REFILL}): a missing key is a full bucket, so
 * idle clients leave nothing behind.
 *
 * <p><b>Fails open to memory.</b> When Redis does not answer within {@code timeout} (down, refusing,
 * not yet reachable at start, or slow), the decision is taken by an {@link InMemoryRateLimitBuckets} of this
 * process instead, and Redis is left alone for {@code retry-interval}: each replica then counts on its own
 * (a client gets up to N times the limits across N replicas), no request gets an error, one WARN says so
 * when it starts and one INFO when Redis answers again, and {@code gateway_rate_limit_redis_fallbacks_total}
 * counts the decisions taken without Redis. The process starts whether Redis answers or not, and keeps
 * trying to connect.
 */
public class RedisRateLimitBuckets implements RateLimitBuckets, AutoCloseable {

    /** How long a key outlives the moment its bucket is full again; a small margin, since a missing key reads as full. */
    static final Duration KEEP_AFTER_REFILL = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(RedisRateLimitBuckets.class);
    private static final int UNKNOWN = 0, UP = 1, DOWN = 2;

    private final RedisURI uri;
    /** The URI for logs and health: without credentials (Lettuce masks them) or options. */
    private final String where;
    private final byte[] keyPrefix;
    private final Duration timeout;
    private final long retryNanos;
    private final ClientResources resources;
    private final RedisClient client;
    private final InMemoryRateLimitBuckets fallback;
    private final Counter fallbacks;
    private final long origin = System.nanoTime();
    private final AtomicInteger state = new AtomicInteger(UNKNOWN);
    private final AtomicBoolean connecting = new AtomicBoolean();
    private volatile StatefulRedisConnection<byte[], byte[]> connection;
    private volatile AsyncProxyManager<byte[]> buckets;
    /** Nanoseconds after {@link #origin} before which Redis is not asked (0: ask). */
    private volatile long quietUntil;
    private volatile String lastFailure = "not connected yet";
    private volatile boolean closed;

    /**
     * Connects at once, waiting at most {@code timeout}; a Redis that does not answer then is retried later
     * (every {@code retry-interval} at most, on demand) while the limits are counted in {@code fallback}.
     */
    public RedisRateLimitBuckets(GatewayConfig.Redis settings, InMemoryRateLimitBuckets fallback, MeterRegistry meters) {
        this.uri = RedisURI.create(settings.url());
        this.uri.setTimeout(settings.timeout());
        if (uri.getClientName() == null) {
            uri.setClientName("portal-gateway"); // in Redis' CLIENT LIST
        }
        this.where = uri.toString().replaceFirst("\\?.*$", "");
        this.keyPrefix = settings.keyPrefix().getBytes(StandardCharsets.UTF_8);
        this.timeout = settings.timeout();
        this.retryNanos = settings.retryInterval().toNanos();
        this.fallback = fallback;
        this.resources = DefaultClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(2)
                .commandLatencyRecorder(CommandLatencyRecorder.disabled())
                // a dropped connection is re-established by Lettuce, never waiting longer than retry-interval between attempts
                .reconnectDelay(() -> Delay.exponential(Duration.ofMillis(10), settings.retryInterval(), 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources);
        this.client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // while disconnected, commands fail at once (and the request is limited in memory) instead of queueing
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.timeout()))
                .socketOptions(SocketOptions.builder().connectTimeout(settings.timeout()).keepAlive(true).build())
                .build());
        this.fallbacks = Counter.builder("gateway.rate.limit.redis.fallbacks")
                .description("Rate-limit decisions taken in this replica's memory because Redis did not answer")
                .register(meters);
        Gauge.builder("gateway.rate.limit.redis.available", state, s -> s.get() == UP ? 1 : 0)
                .description("1 while the rate limits are shared through Redis, 0 while this replica counts on its own")
                .register(meters);
        try {
            // the connect and handshake timeouts bound it; the outer bound covers a name that resolves slowly
            connect().get(timeout.toMillis() * 4 + 1_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // reported by connect(), or still under way; requests are limited in memory until Redis answers
        }
    }

    @Override
    public CompletionStage<ConsumptionProbe> tryConsume(String key, BucketConfiguration configuration) {
        AsyncProxyManager<byte[]> shared = buckets;
        if (shared == null || quiet()) {
            if (shared == null && !quiet()) {
                connect();
            }
            return CompletableFuture.completedFuture(inMemory(key, configuration));
        }
        CompletableFuture<ConsumptionProbe> probe;
        try {
            probe = shared.builder()
                    .build(redisKey(key), () -> CompletableFuture.completedFuture(configuration))
                    .tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            failed(e);
            return CompletableFuture.completedFuture(inMemory(key, configuration));
        }
        return probe.handle((result, failure) -> {
            if (failure == null) {
                answered();
                return result;
            }
            failed(failure);
            return inMemory(key, configuration);
        });
    }

    @Override
    public CompletionStage<Status> status() {
        StatefulRedisConnection<byte[], byte[]> current = connection;
        if (current == null) {
            if (!quiet()) {
                connect();
            }
            return CompletableFuture.completedFuture(new Status("redis", false, where + ": " + lastFailure));
        }
        return current.async().ping().toCompletableFuture()
                .orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS)
                .handle((pong, failure) -> failure == null
                        ? new Status("redis", true, where)
                        : new Status("redis", false, where + ": " + describe(failure)));
    }

    /** The Redis key of a bucket: the prefix, then the key {@link RateLimiting} gives. */
    byte[] redisKey(String key) {
        byte[] suffix = key.getBytes(StandardCharsets.UTF_8);
        byte[] whole = new byte[keyPrefix.length + suffix.length];
        System.arraycopy(keyPrefix, 0, whole, 0, keyPrefix.length);
        System.arraycopy(suffix, 0, whole, keyPrefix.length, suffix.length);
        return whole;
    }

    /** Starts a connection attempt unless one is under way or connected; completes when it is over. */
    private CompletableFuture<Void> connect() {
        if (closed || connection != null || !connecting.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<StatefulRedisConnection<byte[], byte[]>> attempt;
        try {
            attempt = client.connectAsync(ByteArrayCodec.INSTANCE, uri).toCompletableFuture();
        } catch (RuntimeException e) {
            attempt = CompletableFuture.failedFuture(e);
        }
        return attempt.handle((opened, failure) -> {
            try {
                if (failure != null) {
                    failed(failure);
                } else if (closed) {
                    opened.closeAsync();
                } else {
                    buckets = Bucket4jLettuce.casBasedBuilder(opened)
                            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_REFILL))
                            .requestTimeout(timeout)
                            .build()
                            .asAsync();
                    connection = opened;
                    quietUntil = 0;
                    answered();
                }
                return null;
            } finally {
                connecting.set(false);
            }
        });
    }

    private ConsumptionProbe inMemory(String key, BucketConfiguration configuration) {
        fallbacks.increment();
        return fallback.consume(key, configuration);
    }

    private boolean quiet() {
        long until = quietUntil;
        return until != 0 && System.nanoTime() - origin < until;
    }

    private void answered() {
        int before = state.getAndSet(UP);
        if (before == DOWN) {
            LOG.infof("Redis at %s answers again: rate limits are shared by the gateway replicas again", where);
        } else if (before == UNKNOWN) {
            LOG.infof("Rate limits are shared through Redis at %s", where);
        }
    }

    private void failed(Throwable failure) {
        lastFailure = describe(failure);
        quietUntil = Math.max(1, System.nanoTime() - origin + retryNanos);
        if (state.getAndSet(DOWN) != DOWN) {
            LOG.warnf("Redis at %s does not answer (%s): rate limits are counted in this replica's memory until it does"
                    + " (requests are not refused for it; gateway_rate_limit_redis_fallbacks_total counts them)", where, lastFailure);
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        // Lettuce wraps the socket's reason ("Connection refused") in "Unable to connect to ..."
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : cause.getMessage();
        return cause.getClass().getSimpleName() + (message != null ? ": " + message : "");
    }

    @Override
    public void close() {
        closed = true;
        StatefulRedisConnection<byte[], byte[]> current = connection;
        connection = null;
        buckets = null;
        if (current != null) {
            current.close();
        }
        client.shutdown(0, timeout.toMillis() + 100, TimeUnit.MILLISECONDS);
        resources.shutdown(0, timeout.toMillis() + 100, TimeUnit.MILLISECONDS);
    }
}
