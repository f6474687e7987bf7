package org.jointfunding.identity.common;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BackoffTest {

    private final Backoff backoff = new Backoff(3, Duration.ofSeconds(2), Duration.ofMinutes(15));

    @Test
    void theFreeFailuresCostNothingThenTheDelayDoubles() {
        assertEquals(Duration.ZERO, backoff.after(0));
        assertEquals(Duration.ZERO, backoff.after(3));
        assertEquals(Duration.ofSeconds(2), backoff.after(4));
        assertEquals(Duration.ofSeconds(4), backoff.after(5));
        assertEquals(Duration.ofSeconds(8), backoff.after(6));
        assertEquals(Duration.ofSeconds(512), backoff.after(12));
    }

    @Test
    void theDelayStopsAtTheCeilingHoweverManyFailures() {
        assertEquals(Duration.ofMinutes(15), backoff.after(13)); // 1,024 s would be past 900 s
        assertEquals(Duration.ofMinutes(15), backoff.after(60));
        assertEquals(Duration.ofMinutes(15), backoff.after(Integer.MAX_VALUE));
    }
}
