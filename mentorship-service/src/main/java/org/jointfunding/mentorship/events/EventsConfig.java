package org.jointfunding.mentorship.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** portal.events.*: the secret funding-service presents when it delivers events, and how long their ids are kept. */
@ConfigMapping(prefix = "portal.events")
public interface EventsConfig {

    /** Compared in constant time with the X-Service-Credential header (env PORTAL_EVENTS_CREDENTIAL). */
    String credential();

    /** Ids of handled events are forgotten after this long; no sender redelivers anything that old (relays give up within hours). */
    @WithDefault("30d")
    Duration retention();
}
