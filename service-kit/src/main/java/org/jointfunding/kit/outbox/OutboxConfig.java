package org.jointfunding.kit.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** portal.outbox.*: where a service's events go and how the relay retries. */
@ConfigMapping(prefix = "portal.outbox")
public interface OutboxConfig {

    /**
     * Receivers by name (mentorship, notifications...): each gets the event types it lists ({@code *}
     * for all) at {@code <url>/internal/events}. None configured: the service publishes nothing.
     */
    Map<String, Destination> destinations();

    interface Destination {
        /** Base URL of the receiving service. */
        String url();

        /** Event types it receives; {@code *} for every type. */
        @WithDefault("*")
        List<String> types();
    }

    /** How often the relay looks for due events. */
    @WithDefault("2s")
    Duration pollInterval();

    /** Wait after a first failed delivery; doubled after each further failure. */
    @WithDefault("2s")
    Duration initialBackoff();

    /** The longest wait between two attempts. */
    @WithDefault("5m")
    Duration maxBackoff();

    /** After this many failed attempts an event is dead-lettered: kept for an administrator, no longer retried. */
    @WithDefault("15")
    int maxAttempts();

    /** Events claimed per round. */
    @WithDefault("50")
    int batchSize();

    /**
     * Deliveries of a batch in flight at once. A batch holds one event per aggregate and receiver, so
     * order within an aggregate holds whatever the number.
     */
    @WithDefault("8")
    int parallelDeliveries();

    /**
     * How long claimed events stay reserved for one relay. Longer than the worst batch (batch size x
     * request timeout, 500 s by default), so that two replicas never deliver the same event at once.
     */
    @WithDefault("15m")
    Duration claimLease();

    /** Timeout of one delivery request. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Delivered events are deleted after this long (dead-lettered ones are kept). */
    @WithDefault("7d")
    Duration retention();
}
