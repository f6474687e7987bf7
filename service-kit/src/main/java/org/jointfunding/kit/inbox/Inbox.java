package org.jointfunding.kit.inbox;

import org.jointfunding.kit.jobs.FinishedBeforeShutdown;
import org.jointfunding.kit.jobs.RunningJobs;
import org.jointfunding.kit.jobs.OncePerPeriod;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.jointfunding.kit.EventsConfig;
import org.jointfunding.kit.ServiceCredential;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Receives the events other services deliver, each event id once: the {@link EventHandler} of its
 * type (from the service's {@link EventHandlers}) prepares the change, then the {@code processed_event} row and the change are written in one
 * transaction, so a redelivery, even a concurrent one, changes nothing. Types without a handler are
 * acknowledged and ignored. Handled ids are forgotten after {@code portal.events.retention} (no
 * relay redelivers anything that old). A consuming service has the table {@code processed_event}.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    /** What the inbox answers about a delivery. */
    @Schema(name = "EventReceipt")
    public record Receipt(UUID eventId, @Schema(examples = "handled") String outcome,
                          @Schema(description = "What the event created here, if one thing (mentorship: the mentoring request)")
                          UUID createdId) {

        public boolean firstDelivery() {
            return "handled".equals(outcome);
        }
    }

    private final HandlerTable handlers;
    private final EventData data;
    private final EntityManager entityManager;
    private final Clock clock;
    private final String credential;
    private final Duration retention;
    private final OncePerPeriod once;

    public Inbox(Instance<EventHandlers> handlers, EventData data, EntityManager entityManager, Clock clock, EventsConfig config,
                 OncePerPeriod once) {
        this.once = once;
        this.handlers = new HandlerTable(handlers);
        this.data = data;
        this.entityManager = entityManager;
        this.clock = clock;
        this.credential = config.credential();
        this.retention = config.retention();
    }

    /** Checks the sender's credential before reading the body, then handles the event once. */
    public Receipt receive(String presentedCredential, String body) {
        ServiceCredential.require(credential, presentedCredential);
        IncomingEvent event = data.envelope(body);
        Receipt earlier = QuarkusTransaction.requiringNew().call(() -> earlier(event.id()));
        if (earlier != null) {
            LOG.infof("Event %s (%s) already handled; ignoring the redelivery", event.id(), event.type());
            return earlier;
        }
        EventHandler.Change change = handlers.prepare(event);
        return QuarkusTransaction.requiringNew().call(() -> {
            int claimed = entityManager.createNativeQuery("""
                            insert into processed_event (event_id, type, processed_at) values (:id, :type, :at)
                            on conflict (event_id) do nothing""")
                    .setParameter("id", event.id()).setParameter("type", event.type()).setParameter("at", clock.instant())
                    .executeUpdate();
            if (claimed == 0) { // a concurrent delivery of the same event committed first
                return earlier(event.id());
            }
            UUID created = change.apply();
            if (created != null) {
                entityManager.createNativeQuery("update processed_event set created_id = :created where event_id = :id")
                        .setParameter("created", created).setParameter("id", event.id()).executeUpdate();
            }
            return new Receipt(event.id(), "handled", created);
        });
    }

    /** The event types this service handles. */
    public List<String> types() {
        return handlers.types();
    }

    @FinishedBeforeShutdown
    @Scheduled(identity = "forget-handled-events", every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RunningJobs.Stopping.class)
    void forgetOldEventsHourly(ScheduledExecution execution) {
        if (!handlers.isEmpty()) { // a service that consumes nothing has no processed_event table
            once.run(execution, this::forgetOldEvents);
        }
    }

    /** Forgets the ids of events handled longer ago than the retention; returns how many. */
    public int forgetOldEvents() {
        int forgotten = QuarkusTransaction.requiringNew().call(() ->
                entityManager.createNativeQuery("delete from processed_event where processed_at < :before")
                        .setParameter("before", clock.instant().minus(retention)).executeUpdate());
        if (forgotten > 0) {
            LOG.infof("Forgot %d handled event id(s) older than %s", forgotten, retention);
        }
        return forgotten;
    }

    private Receipt earlier(UUID id) {
        List<?> rows = entityManager.createNativeQuery("select created_id from processed_event where event_id = :id")
                .setParameter("id", id).getResultList();
        return rows.isEmpty() ? null : new Receipt(id, "duplicate", (UUID) rows.get(0));
    }
}
