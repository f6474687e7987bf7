package org.jointfunding.kit.outbox;

import org.jointfunding.kit.BusinessCounters;
import org.jointfunding.kit.jobs.FinishedBeforeShutdown;
import org.jointfunding.kit.jobs.OncePerPeriod;
import org.jointfunding.kit.jobs.RunningJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * Delivers outbox events at least once, in order per aggregate and receiver: only the oldest
 * pending event of an aggregate for a receiver is ever claimed, so a batch's events are sent side by
 * side and settled in one transaction. Claims are short transactions with a lease longer than a
 * batch can take (SKIP LOCKED), so replicas relay side by side, never the same event at once, and no
 * transaction stays open across an HTTP call. Failures back off exponentially; a permanent refusal
 * or too many failures dead-letter the event, which then blocks nothing.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int ROUNDS_PER_MEASURE = 20;
    /** The walk's pages double up to this many rows (see {@link PendingWalk}). */
    private static final int LARGEST_PAGE = 5_000;

    private final EntityManager entityManager;
    private final EventSender sender;
    private final OutboxConfig config;
    private final Clock clock;
    private final OutboxBacklog backlog;
    private final OncePerPeriod once;
    private final RunningJobs jobs;
    private final BusinessCounters counters;

    public OutboxRelay(EntityManager entityManager, EventSender sender, OutboxConfig config, Clock clock, OutboxBacklog backlog,
                       OncePerPeriod once, RunningJobs jobs, BusinessCounters counters) {
        this.entityManager = entityManager;
        this.counters = counters;
        this.once = once;
        this.jobs = jobs;
        this.sender = sender;
        this.config = config;
        this.clock = clock;
        this.backlog = backlog;
    }

    /** On every replica: claims are row leases, so replicas relay side by side. */
    @FinishedBeforeShutdown
    @Scheduled(every = "${portal.outbox.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = NothingToRelay.class)
    void poll() {
        deliverDue();
    }

    @FinishedBeforeShutdown
    @Scheduled(identity = "purge-delivered-events", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = NothingToRelay.class)
    void purge(ScheduledExecution execution) {
        once.run(execution, this::purgeDelivered);
    }

    /**
     * Delivers every due event, round after round, until none is left or the service stops; measures the
     * backlog every few rounds and at the end. Returns how many were delivered.
     */
    public int deliverDue() {
        int delivered = 0;
        for (int round = 1; !jobs.stopping(); round++) {
            List<OutboxEvent> claimed = QuarkusTransaction.requiringNew().call(this::claim);
            if (claimed.isEmpty()) {
                break;
            }
            List<EventSender.Result> results = sendAll(claimed);
            QuarkusTransaction.requiringNew().run(() -> settle(claimed, results));
            delivered += (int) results.stream().filter(EventSender.Result::delivered).count();
            if (round % ROUNDS_PER_MEASURE == 0) {
                QuarkusTransaction.requiringNew().run(backlog::measure);
            }
        }
        QuarkusTransaction.requiringNew().run(backlog::measure);
        return delivered;
    }

    /** Deletes delivered events past the retention period; returns how many. */
    public long purgeDelivered() {
        Instant before = clock.instant().minus(config.retention());
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.delete("status = ?1 and deliveredAt < ?2", OutboxEvent.Status.DELIVERED, before));
    }

    /**
     * Claims up to a batch of due events, each the oldest pending one of its aggregate and receiver. Heads that
     * another replica is claiming at the same moment are skipped (SKIP LOCKED) and their lanes count as busy, so
     * the walk goes on to other lanes instead of coming back empty: replicas share a backlog rather than take
     * turns.
     */
    private List<OutboxEvent> claim() {
        Instant now = clock.instant();
        PendingWalk walk = new PendingWalk(now);
        List<Long> locked = new ArrayList<>();
        while (locked.size() < config.batchSize() && !walk.finished()) {
            List<Long> heads = walk.nextHeads(config.batchSize() - locked.size());
            if (!heads.isEmpty()) {
                locked.addAll(entityManager.createNativeQuery("""
                                select seq from outbox_event where seq in (:heads) and status = 'PENDING' and next_attempt_at <= :now
                                order by seq for update skip locked""", Long.class)
                        .setParameter("heads", heads).setParameter("now", now).getResultList());
            }
        }
        if (locked.isEmpty()) {
            return List.of();
        }
        List<OutboxEvent> events = OutboxEvent.list("seq in ?1 order by seq", locked);
        events.forEach(e -> e.nextAttemptAt = now.plus(config.claimLease()));
        entityManager.flush();
        events.forEach(entityManager::detach);
        return events;
    }

    /** The events of one aggregate for one receiver: delivered one at a time, in order. */
    private record Lane(String destination, String aggregateId) {
    }

    /**
     * The pending events in seq order, read page by page through the partial index {@code outbox_due}: one plan
     * whatever the table's statistics say (a correlated "no earlier pending event" test, planned on stale
     * statistics, read every pending event once per candidate). The first event of each lane is its head; an
     * event waiting for its retry holds back the later ones of its lane. A claim mostly finds its heads on the
     * first page; pages then double, so that a long walk (a receiver down, its events held back behind their
     * retries) takes a few round trips rather than hundreds.
     */
    private final class PendingWalk {

        private final Instant now;
        private int page = config.batchSize() * 4;
        private final Set<Lane> seen = new HashSet<>();
        private final Deque<Object[]> unread = new ArrayDeque<>();
        private long after;
        private boolean lastPageRead;

        PendingWalk(Instant now) {
            this.now = now;
        }

        boolean finished() {
            return lastPageRead && unread.isEmpty();
        }

        /** Up to {@code wanted} more heads that are due; fewer once the walk has read every pending event. */
        List<Long> nextHeads(int wanted) {
            List<Long> heads = new ArrayList<>();
            while (heads.size() < wanted && !finished()) {
                if (unread.isEmpty()) {
                    readPage();
                    continue;
                }
                Object[] row = unread.poll();
                if (seen.add(new Lane((String) row[1], (String) row[2])) && (Boolean) row[3]) {
                    heads.add(((Number) row[0]).longValue());
                }
            }
            return heads;
        }

        private void readPage() {
            List<Object[]> rows = entityManager.createNativeQuery("""
                            select seq, destination, aggregate_id, next_attempt_at <= :now from outbox_event
                            where status = 'PENDING' and seq > :after order by seq limit :page""", Object[].class)
                    .setParameter("now", now).setParameter("after", after).setParameter("page", page).getResultList();
            unread.addAll(rows);
            lastPageRead = rows.size() < page;
            page = Math.min(page * 2, Math.max(page, LARGEST_PAGE));
            if (!rows.isEmpty()) {
                after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
            }
        }
    }

    /**
     * A batch holds at most one event per aggregate and receiver (the claim takes heads only), so its events
     * may travel side by side without overtaking one another; {@code parallel-deliveries} bounds how many.
     */
    private List<EventSender.Result> sendAll(List<OutboxEvent> events) {
        Semaphore slots = new Semaphore(config.parallelDeliveries());
        List<CompletableFuture<EventSender.Result>> sent = new ArrayList<>(events.size());
        for (OutboxEvent event : events) {
            slots.acquireUninterruptibly();
            sent.add(sender.send(event.destination, event.payload, event.traceParent).whenComplete((result, failure) -> slots.release()));
        }
        return sent.stream().map(CompletableFuture::join).toList();
    }

    /** Records a batch's results in one transaction. */
    private void settle(List<OutboxEvent> claimed, List<EventSender.Result> results) {
        Map<Long, OutboxEvent> events = OutboxEvent.<OutboxEvent>list("seq in ?1", claimed.stream().map(e -> e.seq).toList()).stream()
                .collect(Collectors.toMap(e -> e.seq, e -> e));
        Instant now = clock.instant();
        for (int i = 0; i < claimed.size(); i++) {
            settle(events.get(claimed.get(i).seq), results.get(i), now);
        }
    }

    private void settle(OutboxEvent event, EventSender.Result result, Instant now) {
        if (result.delivered()) {
            event.status = OutboxEvent.Status.DELIVERED;
            event.deliveredAt = now;
            event.lastError = null;
            countAttempt(event, "delivered");
            return;
        }
        event.attempts++;
        event.lastError = result.error().length() > 1000 ? result.error().substring(0, 1000) : result.error();
        if (result.permanent() || event.attempts >= config.maxAttempts()) {
            event.status = OutboxEvent.Status.DEAD_LETTERED;
            LOG.errorf("Event %s (%s) to %s dead-lettered after %d attempt(s): %s", event.id, event.type, event.destination,
                    event.attempts, event.lastError);
            countAttempt(event, "dead_lettered");
        } else {
            event.nextAttemptAt = now.plus(backoff(event.attempts));
            LOG.warnf("Event %s (%s) to %s not delivered, attempt %d: %s", event.id, event.type, event.destination,
                    event.attempts, event.lastError);
            countAttempt(event, "failed");
        }
    }

    /** {@code portal_outbox_deliveries_total{destination, outcome}}: what this replica's relay got done. */
    private void countAttempt(OutboxEvent event, String outcome) {
        counters.countOnCommit("portal.outbox.deliveries", "Outbox delivery attempts by receiver and outcome",
                "destination", event.destination, "outcome", outcome);
    }

    public Duration backoff(int attempts) {
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 30));
        return wait.compareTo(config.maxBackoff()) > 0 || wait.isNegative() ? config.maxBackoff() : wait;
    }

    /**
     * A service without receivers (identity today) has nothing to relay and no reason to query; nor has one
     * that is stopping.
     */
    @ApplicationScoped
    public static class NothingToRelay implements Scheduled.SkipPredicate {

        private final OutboxConfig config;
        private final RunningJobs jobs;

        public NothingToRelay(OutboxConfig config, RunningJobs jobs) {
            this.config = config;
            this.jobs = jobs;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return config.destinations().isEmpty() || jobs.stopping();
        }
    }
}
