package org.jointfunding.kit.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The handler of each event type, gathered from a service's {@link EventHandlers}; one per type. */
final class HandlerTable {

    private final Map<String, EventHandler> byType = new HashMap<>();

    HandlerTable(Iterable<EventHandlers> registered) {
        for (EventHandlers handlers : registered) {
            handlers.byType().forEach((type, handler) -> {
                if (byType.put(type, handler) != null) {
                    throw new IllegalStateException("Two handlers for the event type " + type);
                }
            });
        }
    }

    /** What the event changes: its handler's change, or nothing for a type without one (acknowledged and ignored). */
    EventHandler.Change prepare(IncomingEvent event) {
        EventHandler handler = byType.get(event.type());
        return handler == null ? EventHandler.Change.NONE : handler.prepare(event);
    }

    boolean isEmpty() {
        return byType.isEmpty();
    }

    List<String> types() {
        return byType.keySet().stream().sorted().toList();
    }
}
