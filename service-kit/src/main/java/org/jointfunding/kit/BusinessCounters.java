package org.jointfunding.kit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The business counters operators watch on /q/metrics ({@code portal_applications_submitted_total},
 * {@code portal_awards_total{agency}}, {@code portal_matches_proposed_total} ...). A change counts
 * once its transaction commits, so a rolled-back attempt (a conflict, a retry) is never counted.
 */
@ApplicationScoped
public class BusinessCounters {

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    public BusinessCounters(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    /** One more {@code name} (dotted: portal.awards), with tags as name/value pairs, when the current transaction commits. */
    public void countOnCommit(String name, String description, String... tags) {
        Counter counter = Counter.builder(name).description(description).tags(tags).register(registry);
        if (transactions.getTransactionKey() == null) {
            counter.increment();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }
}
