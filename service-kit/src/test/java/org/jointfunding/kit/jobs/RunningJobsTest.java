package org.jointfunding.kit.jobs;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunningJobsTest {

    private final RunningJobs jobs = new RunningJobs(null, Duration.ofSeconds(10));

    @Test
    void nothingRunningStopsAtOnce() throws InterruptedException {
        assertTrue(jobs.awaitNoneRunning(Duration.ZERO));
    }

    @Test
    void shutdownWaitsForTheRunInProgressToFinish() throws InterruptedException {
        assertTrue(jobs.admit());
        AtomicBoolean finished = new AtomicBoolean();
        CountDownLatch waiting = new CountDownLatch(1);
        Thread job = new Thread(() -> {
            try {
                waiting.await();
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.set(true);
            jobs.finished();
        });
        job.start();
        waiting.countDown();
        assertTrue(jobs.awaitNoneRunning(Duration.ofSeconds(30)));
        assertTrue(finished.get(), "returned before the job finished");
        job.join();
    }

    @Test
    void aRunThatDoesNotFinishInTimeIsGivenUpOn() throws InterruptedException {
        assertTrue(jobs.admit());
        assertTrue(jobs.admit());
        jobs.finished();
        assertFalse(jobs.awaitNoneRunning(Duration.ofMillis(100)));
        jobs.finished();
        assertTrue(jobs.awaitNoneRunning(Duration.ZERO));
    }

    @Test
    void onceShutdownHasBegunNoRunIsAdmittedAndTheJobsSkip() throws InterruptedException {
        RunningJobs.Stopping skip = new RunningJobs.Stopping(jobs);
        assertFalse(skip.test(null));
        assertTrue(jobs.admit());

        jobs.stopAdmitting();

        assertTrue(skip.test(null), "a run handed to a worker before the pause must be skipped");
        assertFalse(jobs.admit(), "a run arriving after shutdown began must not start");
        assertFalse(jobs.awaitNoneRunning(Duration.ofMillis(50)), "the run admitted before still counts");
        jobs.finished();
        assertTrue(jobs.awaitNoneRunning(Duration.ZERO));
    }
}
