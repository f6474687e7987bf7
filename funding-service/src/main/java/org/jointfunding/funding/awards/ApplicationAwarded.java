package org.jointfunding.funding.awards;

import org.jointfunding.funding.applications.Application;

import java.util.List;
import java.util.UUID;

/** The data of the ApplicationAwarded event that mentorship-service consumes (suite contract). */
public record ApplicationAwarded(UUID applicationId, UUID callId, String callTitle, String applicationTitle,
                                 String startupId, List<String> sectors, List<String> consortiumCountries) {

    static ApplicationAwarded of(Application application) {
        return new ApplicationAwarded(application.id, application.call.id, application.call.title, application.title,
                application.ownerId, application.call.sectors.stream().sorted().toList(), application.consortiumCountries());
    }
}
