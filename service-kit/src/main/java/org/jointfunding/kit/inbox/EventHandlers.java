package org.jointfunding.kit.inbox;

import java.util.Map;

/** A bean naming the handler of each event type a service consumes; the {@link Inbox} finds every such bean. */
public interface EventHandlers {

    /** By event type ({@code ApplicationAwarded}); a type handled twice stops the service at start. */
    Map<String, EventHandler> byType();
}
