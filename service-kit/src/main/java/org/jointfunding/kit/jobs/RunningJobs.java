package org.jointfunding.kit.jobs;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * The scheduled jobs ({@link FinishedBeforeShutdown}) running now. Quarkus' scheduler does not wait for a
 * run in progress when the service stops: the container closes under it, the run fails half-way (its
 * transaction rolls back) and an error with a stack trace is logged, on every deploy or restart that
 * lands mid-run. Here shutdown pauses the scheduler, so nothing new starts, and waits for the runs in
 * progress, at most {@code portal.jobs.shutdown-wait}, before the container closes.
 * <p>
 * A run the scheduler handed to a worker just before the pause still arrives afterwards, possibly after the
 * container has closed. So from shutdown on the interceptor admits no run, and {@link Stopping}, the jobs'
 * skip predicate, skips it before its bean is even looked up.
 */
@ApplicationScoped
public class RunningJobs {

    private static final Logger LOG = Logger.getLogger(RunningJobs.class);

    private final Scheduler scheduler;
    private final Duration shutdownWait;
    private int running;
    private volatile boolean stopping;

    public RunningJobs(Scheduler scheduler,
                       @ConfigProperty(name = "portal.jobs.shutdown-wait", defaultValue = "10s") Duration shutdownWait) {
        this.scheduler = scheduler;
        this.shutdownWait = shutdownWait;
    }

    /** Counts a run in unless shutdown has begun; a run counted in must report {@link #finished()}. */
    synchronized boolean admit() {
        if (stopping) {
            return false;
        }
        running++;
        return true;
    }

    synchronized void stopAdmitting() {
        stopping = true;
    }

    /** True from the start of shutdown on. */
    public boolean stopping() {
        return stopping;
    }

    synchronized void finished() {
        running--;
        notifyAll();
    }

    /** True when none is running any more; false when {@code wait} ran out first. */
    synchronized boolean awaitNoneRunning(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        stopAdmitting();
        if (scheduler.isStarted()) { // not when quarkus.scheduler.enabled=false (the tests)
            scheduler.pause();
        }
        if (!awaitNoneRunning(shutdownWait)) {
            LOG.warnf("Stopping with a scheduled job still running after %s; it will fail and roll back", shutdownWait);
        }
    }

    /**
     * {@code skipExecutionIf} of every {@link FinishedBeforeShutdown} job; a job with a skip condition of its
     * own asks {@link #stopping()} in its predicate instead.
     */
    @ApplicationScoped
    public static class Stopping implements Scheduled.SkipPredicate {

        private final RunningJobs jobs;

        public Stopping(RunningJobs jobs) {
            this.jobs = jobs;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return jobs.stopping();
        }
    }
}
