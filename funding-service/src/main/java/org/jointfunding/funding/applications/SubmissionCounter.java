package org.jointfunding.funding.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jointfunding.kit.BusinessCounters;

/** {@code portal_applications_submitted_total} on /q/metrics: each submission, once it commits. */
@ApplicationScoped
public class SubmissionCounter {

    private final BusinessCounters counters;

    public SubmissionCounter(BusinessCounters counters) {
        this.counters = counters;
    }

    void onSubmitted(@Observes ApplicationSubmitted event) {
        counters.countOnCommit("portal.applications.submitted", "Applications submitted");
    }
}
