package org.jointfunding.funding.applications;

import org.jointfunding.kit.jobs.FinishedBeforeShutdown;
import org.jointfunding.kit.jobs.RunningJobs;
import org.jointfunding.kit.jobs.OncePerPeriod;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jointfunding.funding.calls.CallStatus;
import org.jointfunding.funding.calls.JointCall;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Seventy-two hours before an OPEN call closes, the startups with a draft to it are reminded
 * (one DraftDeadlineApproaching event per draft), once per closing instant: extending the
 * deadline makes the reminder due again as the new instant nears.
 */
@ApplicationScoped
public class DraftDeadlineReminders {

    static final Duration AHEAD = Duration.ofHours(72);
    private static final Logger LOG = Logger.getLogger(DraftDeadlineReminders.class);

    private final ApplicationEvents events;
    private final Clock clock;
    private final OncePerPeriod once;

    public DraftDeadlineReminders(ApplicationEvents events, Clock clock, OncePerPeriod once) {
        this.events = events;
        this.clock = clock;
        this.once = once;
    }

    /** On one replica per period: two replicas reading the same due call at once would both remind its drafts. */
    @FinishedBeforeShutdown
    @Scheduled(identity = "remind-draft-deadlines", every = "${portal.calls.close-check-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RunningJobs.Stopping.class)
    void scheduled(ScheduledExecution execution) {
        once.run(execution, this::remindDue);
    }

    /** Returns how many drafts were reminded. */
    @Transactional
    public int remindDue() {
        Instant now = clock.instant();
        List<JointCall> closing = JointCall.list(
                "status = ?1 and closesAt > ?2 and closesAt <= ?3 and (draftsRemindedFor is null or draftsRemindedFor <> closesAt)",
                CallStatus.OPEN, now, now.plus(AHEAD));
        int reminded = 0;
        for (JointCall call : closing) {
            List<Application> drafts = Application.list("call = ?1 and status = ?2", call, ApplicationStatus.DRAFT);
            drafts.forEach(events::deadlineApproaching);
            call.draftsRemindedFor = call.closesAt;
            reminded += drafts.size();
        }
        if (reminded > 0) {
            LOG.infof("Reminded %d draft(s) of their call's deadline", reminded);
        }
        return reminded;
    }
}
