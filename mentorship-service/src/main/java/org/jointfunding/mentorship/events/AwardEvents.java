package org.jointfunding.mentorship.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.jointfunding.kit.inbox.EventData;
import org.jointfunding.kit.inbox.EventHandler;
import org.jointfunding.kit.inbox.EventHandlers;
import org.jointfunding.kit.inbox.IncomingEvent;
import org.jointfunding.mentorship.requests.RequestService;

import java.util.List;
import java.util.Map;

/** The events mentorship consumes: an award from funding-service opens a mentoring request for the startup. */
@ApplicationScoped
public class AwardEvents implements EventHandlers {

    public static final String APPLICATION_AWARDED = "ApplicationAwarded";

    private final EventData data;
    private final RequestService requests;

    public AwardEvents(EventData data, RequestService requests) {
        this.data = data;
        this.requests = requests;
    }

    @Override
    public Map<String, EventHandler> byType() {
        return Map.of(APPLICATION_AWARDED, this::awarded);
    }

    private EventHandler.Change awarded(IncomingEvent event) {
        ApplicationAwarded award = data.read(event, ApplicationAwarded.class);
        String description = "Awarded: " + (award.applicationTitle() == null ? award.applicationId() : award.applicationTitle())
                + (award.callTitle() == null ? "" : " in " + award.callTitle());
        List<String> callSectors = orEmpty(award.sectors());
        // an award from before applications named their sector: a single-sector call still says which
        String sector = award.sector() != null ? award.sector() : callSectors.size() == 1 ? callSectors.get(0) : null;
        List<String> countries = orEmpty(award.consortiumCountries());
        String country = award.startupCountry() != null ? award.startupCountry() : countries.isEmpty() ? null : countries.get(0);
        RequestService.Award request = new RequestService.Award(award.startupId(), award.startupName(), award.applicationId(),
                description, sector, orEmpty(award.mentoringNeeds()), orEmpty(award.languages()), country);
        return () -> requests.createFromAward(request).id;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
