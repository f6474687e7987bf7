package org.jointfunding.notification.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jointfunding.notification.feed.FeedService;
import org.jointfunding.notification.feed.Notice;
import org.jointfunding.notification.recipients.Recipients;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Handles each event id once. Whom to tell is worked out first (an invited address may belong to
 * an account: identity is asked, outside any transaction); then the processed-event row, the feed
 * items and the queued e-mails are written in one transaction, so a redelivery, even a concurrent
 * one, changes nothing.
 */
@ApplicationScoped
public class EventService {

    private static final Logger LOG = Logger.getLogger(EventService.class);

    private final EventRules rules;
    private final Recipients recipients;
    private final FeedService feed;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration retention;

    public EventService(EventRules rules, Recipients recipients, FeedService feed, EntityManager entityManager, Clock clock,
                        @ConfigProperty(name = "portal.events.retention", defaultValue = "30d") Duration retention) {
        this.rules = rules;
        this.recipients = recipients;
        this.feed = feed;
        this.entityManager = entityManager;
        this.clock = clock;
        this.retention = retention;
    }

    /** True when handled now, false when it had been handled before. */
    public boolean handle(IncomingEvent event) {
        if (QuarkusTransaction.requiringNew().call(() -> ProcessedEvent.findById(event.id()) != null)) {
            return false;
        }
        List<Notice> notices = toAccounts(rules.noticesOf(event));
        return QuarkusTransaction.requiringNew().call(() -> {
            int claimed = entityManager.createNativeQuery("""
                            insert into processed_event (event_id, type, processed_at) values (:id, :type, :at)
                            on conflict (event_id) do nothing""")
                    .setParameter("id", event.id()).setParameter("type", event.type()).setParameter("at", clock.instant())
                    .executeUpdate();
            if (claimed == 0) {
                LOG.infof("Event %s (%s) already handled; ignoring the redelivery", event.id(), event.type());
                return false;
            }
            feed.record(event.id(), notices);
            return true;
        });
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldEventsHourly() {
        forgetOldEvents();
    }

    /**
     * Forgets the ids of events handled longer ago than portal.events.retention (no sender
     * redelivers anything that old: relays give up within hours); returns how many.
     */
    public long forgetOldEvents() {
        long forgotten = QuarkusTransaction.requiringNew().call(() ->
                ProcessedEvent.delete("processedAt < ?1", clock.instant().minus(retention)));
        if (forgotten > 0) {
            LOG.infof("Forgot %d handled event id(s) older than %s", forgotten, retention);
        }
        return forgotten;
    }

    /**
     * An address that belongs to an active account is told as that account (feed, its settings);
     * others by e-mail alone. An agency's notice goes to each of its active administrators.
     */
    private List<Notice> toAccounts(List<Notice> notices) {
        List<Notice> resolved = new ArrayList<>();
        for (Notice notice : notices) {
            if (notice.agency() != null) {
                recipients.agencyAdmins(notice.agency()).stream()
                        .filter(admin -> admin.active() && !admin.id().equals(notice.except()))
                        .forEach(admin -> resolved.add(notice.forAccount(admin.id())));
            } else if (notice.recipientId() == null && notice.address() != null && !notice.address().isBlank()) {
                resolved.add(recipients.byEmail(notice.address()).filter(Recipients.Account::active)
                        .map(account -> notice.forAccount(account.id())).orElse(notice));
            } else {
                resolved.add(notice);
            }
        }
        return resolved;
    }
}
