package org.jointfunding.identity.common;

import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * At most so many slow hashes at once; one more waits up to {@code queueTimeout}, then is refused
 * with a 503 problem at once rather than piling up behind the others.
 * <p>
 * The hashes run on as many threads of their own, not on the caller's. libargon2 mallocs a hash's
 * memory (19 MiB) and frees it when done; glibc keeps a freed block in the arena of the thread that
 * used it, so hashes spread over Quarkus' many worker threads left one such block in each of up to
 * 16 arenas (identity's RSS under sign-in load grew by ~80 MB). On a few threads of their own the
 * blocks are reused.
 */
final class HashingCapacity {

    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore permits;
    private final Duration queueTimeout;
    private final ExecutorService hashers;

    HashingCapacity(int concurrent, Duration queueTimeout) {
        this.permits = new Semaphore(concurrent, true);
        this.queueTimeout = queueTimeout;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = work -> {
            Thread thread = new Thread(work, "argon2-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.hashers = Executors.newFixedThreadPool(concurrent, threads);
    }

    <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new ApiProblem(new Problem("busy", "Service Unavailable", 503,
                    "Too many sign-ins are being checked right now; try again in a few seconds", null))
                    .with("retryAfterSeconds", RETRY_AFTER_SECONDS);
        }
        // the permit goes back when the hash is done, even if the caller stopped waiting for it
        Future<T> hash = hashers.submit(() -> {
            try {
                return work.get();
            } finally {
                permits.release();
            }
        });
        try {
            return hash.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing", e);
        }
    }
}
