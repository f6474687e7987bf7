package org.jointfunding.identity.common;

import org.jointfunding.kit.ApiProblem;
import org.jointfunding.kit.Problem;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most so many slow hashes at once; one more waits up to {@code queueTimeout}, then is refused
 * with a 503 problem at once rather than piling up behind the others.
 */
final class HashingCapacity {

    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore permits;
    private final Duration queueTimeout;

    HashingCapacity(int concurrent, Duration queueTimeout) {
        this.permits = new Semaphore(concurrent, true);
        this.queueTimeout = queueTimeout;
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
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
