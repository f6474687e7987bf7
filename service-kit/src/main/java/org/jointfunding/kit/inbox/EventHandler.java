package org.jointfunding.kit.inbox;

import java.util.UUID;

/**
 * What a consuming service does with one event type (registered by {@link EventHandlers}). Handling
 * comes in two steps so that no transaction stays open across a call to another service: the
 * handler works out the change, and the {@link Change} writes it in the transaction that marks the
 * event handled.
 */
@FunctionalInterface
public interface EventHandler {

    /**
     * Reads the event's data (a 400 {@code ApiProblem} when it does not fit, so the sender gives up)
     * and anything it needs from other services (a 503 {@code ApiProblem} when one is away, so the
     * sender delivers again later). Runs outside any transaction, and again on a redelivery.
     */
    Change prepare(IncomingEvent event);

    /** The writes an event makes, in the transaction that marks it handled. */
    @FunctionalInterface
    interface Change {
        Change NONE = () -> null;

        /** Writes; returns the id of what it created here, if one thing (named in the receipt), else null. */
        UUID apply();
    }
}
