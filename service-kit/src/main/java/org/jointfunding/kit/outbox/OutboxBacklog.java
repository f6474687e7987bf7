package org.jointfunding.kit.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an operator watches to see a receiver falling behind, as gauges on /q/metrics:
 * {@code portal_outbox_pending}, {@code portal_outbox_oldest_pending_seconds} and
 * {@code portal_outbox_dead_lettered} (alert when above zero). The relay measures them after each
 * pass, so a scrape never queries the database.
 */
@ApplicationScoped
public class OutboxBacklog {

    private final EntityManager entityManager;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();

    public OutboxBacklog(EntityManager entityManager, Clock clock, MeterRegistry registry) {
        this.entityManager = entityManager;
        this.clock = clock;
        Gauge.builder("portal.outbox.pending", pending, AtomicLong::get)
                .description("Outbox events not yet delivered").register(registry);
        Gauge.builder("portal.outbox.oldest.pending", oldestPendingSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest undelivered outbox event (0 when none)").register(registry);
        Gauge.builder("portal.outbox.dead.lettered", deadLettered, AtomicLong::get)
                .description("Outbox events no longer retried: refused for good or failed too often").register(registry);
    }

    /** Reads the backlog by index (delivered events, a week of them, are never read); call inside a transaction. */
    void measure() {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select count(*) filter (where status = 'PENDING'),
                               coalesce(extract(epoch from (cast(?1 as timestamptz) - min(occurred_at) filter (where status = 'PENDING'))), 0),
                               count(*) filter (where status = 'DEAD_LETTERED')
                        from outbox_event where status in ('PENDING', 'DEAD_LETTERED')""", Object[].class)
                .setParameter(1, clock.instant())
                .getSingleResult();
        pending.set(((Number) row[0]).longValue());
        oldestPendingSeconds.set(Math.max(0, ((Number) row[1]).longValue()));
        deadLettered.set(((Number) row[2]).longValue());
    }
}
