package org.jointfunding.gateway;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import org.jointfunding.gateway.ratelimit.InMemoryRateLimitBuckets;
import org.jointfunding.gateway.ratelimit.RateLimitBuckets;
import org.jointfunding.gateway.ratelimit.RedisRateLimitBuckets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Redis store on its own (no gateway around it), against the local Redis: keys vanish once their bucket
 * would be full again, and a Redis that goes away, or is not there at start, turns the limits into this
 * replica's memory without failing a decision, then back to Redis when it answers.
 */
class RedisRateLimitBucketsTest {

    private static final Duration TIMEOUT = Duration.ofMillis(250);
    private static final Duration RETRY = Duration.ofMillis(100);
    private static LocalRedis redis;
    private static Vertx vertx;
    private final String prefix = LocalRedis.newKeyPrefix();

    @BeforeAll
    static void connect() {
        redis = new LocalRedis();
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void disconnect() {
        redis.close();
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).join();
    }

    @Test
    void aKeyExpiresOnceItsBucketWouldBeFullAgain() throws InterruptedException {
        try (RedisRateLimitBuckets store = store(LocalRedis.URL, new SimpleMeterRegistry())) {
            String key = "anonymous:4/400ms:" + UUID.randomUUID();
            assertTrue(consume(store, key, perWindow(4, Duration.ofMillis(400))).isConsumed());

            long ttl = redis.pttl(prefix + key);
            // one token back after 100 ms, plus the second the key is kept after that
            assertTrue(ttl > 0 && ttl <= 100 + 1_000, "expiry set: " + ttl + " ms");
            awaitTrue(() -> !redis.exists(prefix + key), Duration.ofSeconds(3)); // Redis itself drops it at its expiry
        }
    }

    @Test
    void whileRedisIsAwayEachDecisionIsTakenInMemoryAndRedisIsUsedAgainOnceItAnswers() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Logs logs = Logs.of(RedisRateLimitBuckets.class);
        try (RedisRelay relay = new RedisRelay(vertx);
             RedisRateLimitBuckets viaRelay = store(relay.url(), meters);
             RedisRateLimitBuckets direct = store(LocalRedis.URL, new SimpleMeterRegistry())) {
            BucketConfiguration three = perWindow(3, Duration.ofMinutes(1));

            // Redis not reachable at start: the store is made all the same, and decides in memory
            assertTrue(logs.has(Level.WARNING, "does not answer"), logs.toString());
            assertFalse(viaRelay.status().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).join().available());
            String early = "anonymous:3/60s:" + UUID.randomUUID();
            for (int i = 0; i < 3; i++) {
                assertTrue(consume(viaRelay, early, three).isConsumed());
            }
            assertFalse(consume(viaRelay, early, three).isConsumed(), "limited in memory meanwhile, not unlimited");
            assertFalse(redis.exists(prefix + early));
            assertEquals(4, fallbacks(meters));

            // Redis reachable: connected on a later request (at most retry-interval later), then shared with the other store
            relay.open();
            awaitTrue(() -> throughRedis(viaRelay, meters), Duration.ofSeconds(3));
            assertTrue(logs.has(Level.INFO, "answers again"), logs.toString());
            String shared = "anonymous:3/60s:" + UUID.randomUUID();
            assertTrue(consume(viaRelay, shared, three).isConsumed());
            assertTrue(consume(direct, shared, three).isConsumed());
            assertTrue(consume(viaRelay, shared, three).isConsumed());
            assertFalse(consume(direct, shared, three).isConsumed());
            assertTrue(viaRelay.status().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).join().available());

            // Redis gone: decisions go on at once, in memory, and say so once
            logs.clear();
            relay.cut();
            String during = "anonymous:3/60s:" + UUID.randomUUID();
            double before = fallbacks(meters);
            for (int i = 0; i < 3; i++) {
                assertTrue(consume(viaRelay, during, three).isConsumed());
            }
            assertEquals(before + 3, fallbacks(meters)); // each decided in memory, none waiting on a dead connection's queue
            assertEquals(1, logs.count(Level.WARNING, "does not answer"), logs.toString());
            assertFalse(viaRelay.status().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).join().available());

            // and back: Lettuce reconnects by itself
            relay.open();
            awaitTrue(() -> throughRedis(viaRelay, meters), Duration.ofSeconds(3));
            assertTrue(logs.has(Level.INFO, "answers again"), logs.toString());
        } finally {
            logs.close();
        }
    }

    private RedisRateLimitBuckets store(String url, SimpleMeterRegistry meters) {
        return new RedisRateLimitBuckets(new LocalRedis.Settings(url, prefix, TIMEOUT, RETRY),
                new InMemoryRateLimitBuckets(1_000, Duration.ofMinutes(1)), meters);
    }

    /** Whether a decision (on a fresh key) was taken by Redis rather than in memory. */
    private boolean throughRedis(RedisRateLimitBuckets store, SimpleMeterRegistry meters) {
        double before = fallbacks(meters);
        String key = "probe:" + UUID.randomUUID();
        consume(store, key, perWindow(1, Duration.ofSeconds(1)));
        return fallbacks(meters) == before && redis.exists(prefix + key);
    }

    private static double fallbacks(SimpleMeterRegistry meters) {
        return meters.get("gateway.rate.limit.redis.fallbacks").counter().count();
    }

    private static ConsumptionProbe consume(RateLimitBuckets store, String key, BucketConfiguration configuration) {
        return store.tryConsume(key, configuration).toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).join();
    }

    private static BucketConfiguration perWindow(long requests, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillGreedy(requests, window).build())
                .build();
    }

    private static void awaitTrue(BooleanSupplier condition, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within " + atMost);
            Thread.sleep(20);
        }
    }

    /** The records one logger writes while the test runs. */
    private static final class Logs extends Handler implements AutoCloseable {
        private final Logger logger;
        private final List<LogRecord> records = new CopyOnWriteArrayList<>();

        private Logs(Logger logger) {
            this.logger = logger;
        }

        static Logs of(Class<?> type) {
            Logs logs = new Logs(Logger.getLogger(type.getName()));
            logs.logger.addHandler(logs);
            return logs;
        }

        boolean has(Level level, String text) {
            return count(level, text) > 0;
        }

        long count(Level level, String text) {
            return records.stream().filter(r -> r.getLevel().equals(level) && String.valueOf(r.getMessage()).contains(text)).count();
        }

        void clear() {
            records.clear();
        }

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
        }

        @Override
        public String toString() {
            return records.stream().map(r -> r.getLevel() + " " + r.getMessage()).toList().toString();
        }
    }
}
