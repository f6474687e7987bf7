package org.jointfunding.gateway;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The gateway's clock in tests: real time plus whatever a test skipped ahead. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Duration skipped = Duration.ZERO;

    public void skip(Duration duration) {
        skipped = skipped.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(skipped);
    }
}
