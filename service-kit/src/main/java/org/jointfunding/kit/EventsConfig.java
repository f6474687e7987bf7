package org.jointfunding.kit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** portal.events.*: the secret services present when they deliver events to each other, and how long handled ids are kept. */
@ConfigMapping(prefix = "portal.events")
public interface EventsConfig {

    /** Sent by the outbox relay and compared in constant time by the inbox (env PORTAL_EVENTS_CREDENTIAL). */
    String credential();

    /** Ids of handled events are forgotten after this long; no relay redelivers anything that old (they give up within hours). */
    @WithDefault("30d")
    Duration retention();
}
