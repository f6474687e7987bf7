package org.jointfunding.funding.common;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What {@link KeptReads} keeps, and when it stops keeping it; the reads from the database are counted. */
class KeptReadsTest {

    private final KeptReads kept = new KeptReads(null, new SimpleMeterRegistry());
    private final KeptReads.Kept<String, String> calls = kept.store("call", 10);
    private final KeptReads.Kept<String, String> pages = kept.store("page", 10);
    private final AtomicInteger reads = new AtomicInteger();

    private String read(String key) {
        return key + " read " + reads.incrementAndGet();
    }

    @Test
    void whileChangesAreNotHeardEveryReadGoesToTheDatabase() {
        calls.get("a", this::read);
        calls.get("a", this::read);
        assertEquals(2, reads.get());
    }

    @Test
    void whileChangesAreHeardWhatWasReadIsKeptUntilItIsDropped() {
        kept.listening(true);
        assertEquals("a read 1", calls.get("a", this::read));
        assertEquals("a read 1", calls.get("a", this::read));

        calls.drop("b");
        assertEquals("a read 1", calls.get("a", this::read), "another key's drop leaves it");
        calls.drop("a");
        assertEquals("a read 2", calls.get("a", this::read));
    }

    @Test
    void aReadThatOverlapsAnyDropKeepsNothing() {
        kept.listening(true);
        calls.get("a", key -> {
            String before = read(key); // the database answered before the change committed
            pages.dropAll();           // another store's drop, for the same change
            return before;
        });
        assertEquals("a read 2", calls.get("a", this::read));
        assertEquals("a read 2", calls.get("a", this::read));
    }

    @Test
    void nothingFoundIsNotKept() {
        kept.listening(true);
        assertNull(calls.get("a", key -> {
            reads.incrementAndGet();
            return null;
        }));
        assertEquals("a read 2", calls.get("a", this::read));
    }

    @Test
    void whenChangesStopBeingHeardNothingKeptIsServedAgain() {
        kept.listening(true);
        calls.get("a", this::read);
        pages.get("p", this::read);
        kept.listening(false);
        calls.get("a", this::read);
        kept.listening(true);
        calls.get("a", this::read);
        pages.get("p", this::read);
        assertEquals(5, reads.get());
    }

    @Test
    void entityChangesAndNotificationsReachWhoAskedForThem() {
        StringBuilder heard = new StringBuilder();
        kept.onEntityChange(CharSequence.class, (entity, id) -> heard.append("entity ").append(entity).append(' ').append(id).append(';'));
        kept.onNotification("call_changed", payload -> heard.append("call ").append(payload).append(';'));
        kept.entityChanged("x", 1);       // a String is a CharSequence
        kept.entityChanged(42, 2);        // nobody asked for Integers
        kept.heard("call_changed", "c1");
        kept.heard("application_changed", "a1");
        assertEquals("entity x 1;call c1;", heard.toString());
    }

    @Test
    void aChannelAskedForOnceTheListenerRunsIsRefused() {
        kept.listening(true);
        assertThrows(IllegalStateException.class, () -> kept.onNotification("late", payload -> { }));
    }
}
