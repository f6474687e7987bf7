package org.jointfunding.identity.common;

import java.time.Duration;

/** Some failures for free, then a delay that doubles with each further failure, up to a ceiling. */
public record Backoff(int freeFailures, Duration firstDelay, Duration maxDelay) {

    /** The delay that the given number of failures in a row starts; zero while they are free. */
    public Duration after(int failures) {
        int over = failures - freeFailures;
        if (over <= 0) {
            return Duration.ZERO;
        }
        if (over > 40) { // 2^40 first delays is past any ceiling, and past what a long holds
            return maxDelay;
        }
        Duration delay = firstDelay.multipliedBy(1L << (over - 1));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
