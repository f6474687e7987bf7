package org.jointfunding.funding.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Delivers outbox events to mentorship-service at least once, in order per aggregate: only the
 * oldest undelivered event of an aggregate is ever claimed, so a later one waits until the earlier
 * is through. Claims are short transactions with a lease (SKIP LOCKED), so several replicas can
 * relay side by side and no transaction stays open across an HTTP call. Failures back off
 * exponentially.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int MAX_ROUNDS = 20;

    private final EntityManager entityManager;
    private final MentorshipEventSender sender;
    private final RelayConfig config;
    private final Clock clock;
    private final OutboxBacklog backlog;

    public OutboxRelay(EntityManager entityManager, MentorshipEventSender sender, RelayConfig config, Clock clock,
                       OutboxBacklog backlog) {
        this.entityManager = entityManager;
        this.sender = sender;
        this.config = config;
        this.clock = clock;
        this.backlog = backlog;
    }

    @Scheduled(every = "${portal.outbox.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        deliverDue();
    }

    /** Delivers every due event, then measures what is left; returns how many were delivered. */
    public int deliverDue() {
        int delivered = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<OutboxEvent> claimed = QuarkusTransaction.requiringNew().call(this::claim);
            if (claimed.isEmpty()) {
                break;
            }
            for (OutboxEvent event : claimed) {
                String failure = sender.send(event.payload, event.traceParent);
                QuarkusTransaction.requiringNew().run(() -> settle(event.seq, failure));
                if (failure == null) {
                    delivered++;
                } else {
                    LOG.warnf("Event %s (%s) not delivered, attempt %d: %s", event.id, event.type, event.attempts + 1, failure);
                }
            }
        }
        QuarkusTransaction.requiringNew().run(backlog::measure);
        return delivered;
    }

    @SuppressWarnings("unchecked")
    private List<OutboxEvent> claim() {
        Instant now = clock.instant();
        List<Long> heads = entityManager.createNativeQuery("""
                        select e.seq from outbox_event e
                        where e.status = 'PENDING' and e.next_attempt_at <= :now
                          and not exists (select 1 from outbox_event earlier
                                          where earlier.aggregate_id = e.aggregate_id and earlier.status = 'PENDING'
                                            and earlier.seq < e.seq)
                        order by e.seq limit :batch for update skip locked""", Long.class)
                .setParameter("now", now).setParameter("batch", config.batchSize()).getResultList();
        if (heads.isEmpty()) {
            return List.of();
        }
        List<OutboxEvent> events = OutboxEvent.list("seq in ?1 order by seq", heads);
        events.forEach(e -> e.nextAttemptAt = now.plus(config.claimLease()));
        entityManager.flush();
        events.forEach(entityManager::detach);
        return events;
    }

    private void settle(long seq, String failure) {
        OutboxEvent event = OutboxEvent.findById(seq);
        Instant now = clock.instant();
        if (failure == null) {
            event.status = OutboxEvent.Status.DELIVERED;
            event.deliveredAt = now;
            event.lastError = null;
        } else {
            event.attempts++;
            event.lastError = failure.length() > 1000 ? failure.substring(0, 1000) : failure;
            event.nextAttemptAt = now.plus(backoff(event.attempts));
        }
    }

    Duration backoff(int attempts) {
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 30));
        return wait.compareTo(config.maxBackoff()) > 0 || wait.isNegative() ? config.maxBackoff() : wait;
    }
}
