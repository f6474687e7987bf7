package org.jointfunding.funding.calls;

import org.jointfunding.kit.jobs.FinishedBeforeShutdown;
import org.jointfunding.kit.jobs.RunningJobs;
import org.jointfunding.kit.jobs.OncePerPeriod;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** A call closes by action or when its closing instant passes; this job does the latter. */
@ApplicationScoped
public class CallClosingJob {

    private static final Logger LOG = Logger.getLogger(CallClosingJob.class);

    private final CallService calls;
    private final OncePerPeriod once;

    public CallClosingJob(CallService calls, OncePerPeriod once) {
        this.calls = calls;
        this.once = once;
    }

    @FinishedBeforeShutdown
    @Scheduled(identity = "close-expired-calls", every = "${portal.calls.close-check-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RunningJobs.Stopping.class)
    void scheduled(ScheduledExecution execution) {
        once.run(execution, this::closeExpiredCalls);
    }

    public void closeExpiredCalls() {
        int closed = calls.closeExpired();
        if (closed > 0) {
            LOG.infof("Closed %d call(s) whose closing instant passed", closed);
        }
    }
}
