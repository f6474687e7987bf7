package org.jointfunding.kit.inbox;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandlerTableTest {

    private static final UUID CREATED = UUID.randomUUID();

    private static IncomingEvent event(String type) {
        return new IncomingEvent(UUID.randomUUID(), type, "a1", Instant.parse("2026-12-05T10:00:00Z"), null);
    }

    @Test
    void eachTypeGoesToItsOwnHandler() {
        EventHandlers awards = () -> Map.of("ApplicationAwarded", event -> () -> CREATED);
        EventHandlers matches = () -> Map.of("MatchProposed", event -> EventHandler.Change.NONE);
        HandlerTable table = new HandlerTable(List.of(awards, matches));

        assertEquals(CREATED, table.prepare(event("ApplicationAwarded")).apply());
        assertNull(table.prepare(event("MatchProposed")).apply());
        assertEquals(List.of("ApplicationAwarded", "MatchProposed"), table.types());
    }

    @Test
    void aTypeWithoutAHandlerChangesNothing() {
        HandlerTable table = new HandlerTable(List.of(() -> Map.of("ApplicationAwarded", event -> () -> CREATED)));
        assertSame(EventHandler.Change.NONE, table.prepare(event("CallOpened")));
        assertTrue(new HandlerTable(List.of()).isEmpty());
    }

    @Test
    void aTypeHandledTwiceStopsTheService() {
        EventHandlers one = () -> Map.of("ApplicationAwarded", event -> EventHandler.Change.NONE);
        EventHandlers two = () -> Map.of("ApplicationAwarded", event -> () -> CREATED);
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> new HandlerTable(List.of(one, two)));
        assertTrue(twice.getMessage().contains("ApplicationAwarded"));
    }

    @Test
    void theHandlerSeesTheEventItPrepares() {
        IncomingEvent awarded = event("ApplicationAwarded");
        HandlerTable table = new HandlerTable(List.of(() -> Map.of("ApplicationAwarded", event -> {
            assertSame(awarded, event);
            return () -> CREATED;
        })));
        assertEquals(CREATED, table.prepare(awarded).apply());
    }
}
