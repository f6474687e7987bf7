package org.jointfunding.mentorship.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jointfunding.mentorship.requests.MentoringRequest;
import org.jointfunding.mentorship.requests.RequestService;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Handles each event id once: the processed-event row and the request an award creates are written in
 * one transaction, so a redelivery (after a crash, a timeout, a retry) changes nothing.
 */
@ApplicationScoped
public class EventService {

    private static final Logger LOG = Logger.getLogger(EventService.class);

    public record Outcome(boolean firstDelivery, ProcessedEvent event) {
    }

    private final Clock clock;
    private final RequestService requests;
    private final EventsConfig config;

    public EventService(Clock clock, RequestService requests, EventsConfig config) {
        this.clock = clock;
        this.requests = requests;
        this.config = config;
    }

    @Transactional
    public Outcome handle(IntegrationEvent event, Optional<IntegrationEvent.ApplicationAwarded> award) {
        ProcessedEvent seen = ProcessedEvent.findById(event.id());
        if (seen != null) {
            LOG.infof("Event %s (%s) already handled; ignoring the redelivery", event.id(), event.type());
            return new Outcome(false, seen);
        }
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = event.id();
        processed.type = event.type();
        processed.processedAt = clock.instant();
        award.ifPresent(a -> processed.requestId = createRequest(a).id);
        processed.persist();
        return new Outcome(true, processed);
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldEventsHourly() {
        forgetOldEvents();
    }

    /** Forgets the ids of events handled longer ago than portal.events.retention; returns how many. */
    public long forgetOldEvents() {
        long forgotten = QuarkusTransaction.requiringNew().call(() ->
                ProcessedEvent.delete("processedAt < ?1", clock.instant().minus(config.retention())));
        if (forgotten > 0) {
            LOG.infof("Forgot %d handled event id(s) older than %s", forgotten, config.retention());
        }
        return forgotten;
    }

    private MentoringRequest createRequest(IntegrationEvent.ApplicationAwarded award) {
        String description = "Awarded: " + (award.applicationTitle() == null ? award.applicationId() : award.applicationTitle())
                + (award.callTitle() == null ? "" : " in " + award.callTitle());
        List<String> callSectors = orEmpty(award.sectors());
        // an award from before applications named their sector: a single-sector call still says which
        String sector = award.sector() != null ? award.sector() : callSectors.size() == 1 ? callSectors.get(0) : null;
        List<String> countries = orEmpty(award.consortiumCountries());
        String country = award.startupCountry() != null ? award.startupCountry() : countries.isEmpty() ? null : countries.get(0);
        return requests.createFromAward(new RequestService.Award(award.startupId(), award.startupName(), award.applicationId(),
                description, sector, orEmpty(award.mentoringNeeds()), orEmpty(award.languages()), country));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
