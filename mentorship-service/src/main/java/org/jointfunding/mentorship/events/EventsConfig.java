package org.jointfunding.mentorship.events;

import io.smallrye.config.ConfigMapping;

/** portal.events.*: the secret funding-service presents when it delivers events. */
@ConfigMapping(prefix = "portal.events")
public interface EventsConfig {

    /** Compared in constant time with the X-Service-Credential header (env PORTAL_EVENTS_CREDENTIAL). */
    String credential();
}
