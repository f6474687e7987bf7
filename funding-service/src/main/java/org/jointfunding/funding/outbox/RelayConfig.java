package org.jointfunding.funding.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the outbox relay reaches mentorship-service and how it retries. */
@ConfigMapping(prefix = "portal.outbox")
public interface RelayConfig {

    /** How often the scheduled relay looks for due events. */
    @WithDefault("2s")
    Duration pollInterval();

    /** Wait after a first failed delivery; doubled after each further failure. */
    @WithDefault("2s")
    Duration initialBackoff();

    /** The longest wait between two attempts. */
    @WithDefault("5m")
    Duration maxBackoff();

    /** Events claimed per round. */
    @WithDefault("50")
    int batchSize();

    /** How long a claimed event is reserved for one relay before another may try it. */
    @WithDefault("1m")
    Duration claimLease();

    /** Timeout of one delivery request. */
    @WithDefault("10s")
    Duration requestTimeout();
}
