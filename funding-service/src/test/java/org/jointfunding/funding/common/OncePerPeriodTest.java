package org.jointfunding.funding.common;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jointfunding.kit.jobs.OncePerPeriod;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A scheduled job fired by two replicas runs once per period, on whichever fires first. */
@QuarkusTest
class OncePerPeriodTest {

    @Inject
    OncePerPeriod thisReplica;

    @Inject
    DataSource database;

    @Test
    void twoReplicasFiringTheSameJobRunItOncePerPeriod() throws InterruptedException {
        OncePerPeriod otherReplica = new OncePerPeriod(database, new SimpleMeterRegistry());
        String job = "test-job-" + UUID.randomUUID();
        Duration period = Duration.ofMillis(400);
        AtomicInteger runs = new AtomicInteger();

        assertTrue(thisReplica.run(job, period, runs::incrementAndGet));
        assertFalse(otherReplica.run(job, period, runs::incrementAndGet));
        assertFalse(thisReplica.run(job, period, runs::incrementAndGet));
        assertEquals(1, runs.get());

        Thread.sleep(period.toMillis()); // the next period
        assertTrue(otherReplica.run(job, period, runs::incrementAndGet));
        assertFalse(thisReplica.run(job, period, runs::incrementAndGet));
        assertEquals(2, runs.get());
    }

    @Test
    void eachReplicaCountsWhatItsFiringsDid() {
        SimpleMeterRegistry otherMeters = new SimpleMeterRegistry();
        OncePerPeriod otherReplica = new OncePerPeriod(database, otherMeters);
        String job = "test-job-" + UUID.randomUUID();
        Duration period = Duration.ofMinutes(1);

        assertTrue(otherReplica.run(job, period, () -> { }));
        assertFalse(otherReplica.run(job, period, () -> { }));
        assertFalse(otherReplica.run(job, period, () -> { }));
        assertThrows(IllegalStateException.class, () -> otherReplica.run("test-job-" + UUID.randomUUID(), period,
                () -> { throw new IllegalStateException("database away"); }));

        assertEquals(1, otherMeters.get("portal.scheduled.jobs").tags("task", job, "outcome", "ran").counter().count());
        assertEquals(2, otherMeters.get("portal.scheduled.jobs").tags("task", job, "outcome", "skipped").counter().count());
        assertEquals(1, otherMeters.get("portal.scheduled.jobs").tags("outcome", "failed").counter().count());
    }

    @Test
    void eachJobHasItsOwnTurn() {
        AtomicInteger runs = new AtomicInteger();
        Duration period = Duration.ofMinutes(1);
        assertTrue(thisReplica.run("test-job-" + UUID.randomUUID(), period, runs::incrementAndGet));
        assertTrue(new OncePerPeriod(database, new SimpleMeterRegistry()).run("test-job-" + UUID.randomUUID(), period, runs::incrementAndGet));
        assertEquals(2, runs.get());
    }

    @Test
    void aJobThatFailsStillTakesItsTurnAndTheFailureReachesTheScheduler() {
        String job = "test-job-" + UUID.randomUUID();
        Duration period = Duration.ofMinutes(1);
        IllegalStateException failure = new IllegalStateException("database away");
        assertEquals(failure, assertThrows(IllegalStateException.class,
                () -> thisReplica.run(job, period, () -> { throw failure; })));
        assertFalse(new OncePerPeriod(database, new SimpleMeterRegistry()).run(job, period, () -> { }));
    }
}
