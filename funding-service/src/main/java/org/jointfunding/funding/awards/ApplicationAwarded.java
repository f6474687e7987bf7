package org.jointfunding.funding.awards;

import org.jointfunding.funding.applications.Application;
import org.jointfunding.funding.applications.Partner;

import java.util.List;
import java.util.UUID;

/** The data of the ApplicationAwarded event that mentorship-service consumes (suite contract). */
public record ApplicationAwarded(UUID applicationId, UUID callId, String callTitle, String applicationTitle,
                                 String startupId, String startupName, String startupCountry, List<String> sectors,
                                 String sector, List<String> mentoringNeeds, List<String> languages,
                                 List<String> consortiumCountries) {

    static ApplicationAwarded of(Application application) {
        Partner lead = application.lead();
        return new ApplicationAwarded(application.id, application.call.id, application.call.title, application.title,
                application.ownerId, lead == null ? null : lead.name, lead == null ? null : lead.country,
                application.call.sectors.stream().sorted().toList(), application.sector, List.copyOf(application.mentoringNeeds),
                List.copyOf(application.languages), application.consortiumCountries());
    }
}
