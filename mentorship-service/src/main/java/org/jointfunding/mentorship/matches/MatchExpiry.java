package org.jointfunding.mentorship.matches;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Runs the expiry sweep every portal.matching.expiry-sweep; tests call the sweep directly instead. */
@ApplicationScoped
public class MatchExpiry {

    private final MatchService matches;

    public MatchExpiry(MatchService matches) {
        this.matches = matches;
    }

    @Scheduled(every = "${portal.matching.expiry-sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        matches.expireOverdue();
    }
}
