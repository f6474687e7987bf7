package org.jointfunding.mentorship.matches;

import org.jointfunding.kit.jobs.FinishedBeforeShutdown;
import org.jointfunding.kit.jobs.RunningJobs;
import org.jointfunding.kit.jobs.OncePerPeriod;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the expiry sweep every portal.matching.expiry-sweep; tests call the sweep directly instead. */
@ApplicationScoped
public class MatchExpiry {

    private final MatchService matches;
    private final OncePerPeriod once;

    public MatchExpiry(MatchService matches, OncePerPeriod once) {
        this.matches = matches;
        this.once = once;
    }

    @FinishedBeforeShutdown
    @Scheduled(identity = "expire-matches", every = "${portal.matching.expiry-sweep}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RunningJobs.Stopping.class)
    void sweep(ScheduledExecution execution) {
        once.run(execution, matches::expireOverdue);
    }
}
