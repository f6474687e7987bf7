package org.jointfunding.kit.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs a scheduled job on one replica per period, however many replicas fire it: the first to
 * take the job's lock (ShedLock, in the service's {@code shedlock} table) keeps it for most of the
 * period, and the others skip their run. The lock lapses after the period even if its holder died
 * mid-run, so a crash delays the job by one period at most. Replicas' clocks must agree to within
 * a small part of the period (NTP does that). Every firing is counted on /q/metrics as
 * {@code portal_scheduled_jobs_total{task, outcome}}, outcome {@code ran}, {@code skipped} (another
 * replica had the period) or {@code failed}: summed over the replicas, {@code ran} grows by one per period.
 */
@ApplicationScoped
public class OncePerPeriod {

    /** Part of the period the lock outlives the run by, so a replica firing a little later still skips. */
    private static final double HELD_FOR = 0.8;

    private final LockingTaskExecutor executor;
    private final MeterRegistry meters;

    public OncePerPeriod(DataSource dataSource, MeterRegistry meters) {
        this.executor = new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource));
        this.meters = meters;
    }

    /** The job named by its trigger, with the period its schedule fires at. */
    public boolean run(ScheduledExecution execution, Runnable job) {
        Instant fired = execution.getFireTime();
        Instant next = execution.getTrigger().getNextFireTime();
        Duration period = next == null || !next.isAfter(fired) ? Duration.ofMinutes(1) : Duration.between(fired, next);
        return run(execution.getTrigger().getId(), period, job);
    }

    /** Runs the job unless another replica ran it in this period; true when it ran here. */
    public boolean run(String name, Duration period, Runnable job) {
        Duration held = Duration.ofMillis((long) (period.toMillis() * HELD_FOR));
        LockingTaskExecutor.TaskResult<Boolean> result;
        try {
            result = executor.executeWithLock(() -> {
                job.run();
                return true;
            }, new LockConfiguration(Instant.now(), name, period, held));
        } catch (RuntimeException | Error e) {
            count(name, "failed");
            throw e;
        } catch (Throwable e) {
            count(name, "failed");
            throw new IllegalStateException(e);
        }
        count(name, result.wasExecuted() ? "ran" : "skipped");
        return result.wasExecuted();
    }

    private void count(String job, String outcome) {
        Counter.builder("portal.scheduled.jobs").description("Scheduled job firings on this replica, by outcome")
                .tags("task", job, "outcome", outcome).register(meters).increment();
    }
}
